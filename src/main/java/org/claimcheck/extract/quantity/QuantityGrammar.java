package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.quantity.Lexicon.Qualifier;
import org.claimcheck.extract.quantity.Lexicon.QualifierKind;
import org.claimcheck.extract.quantity.Lexicon.UnitWord;
import org.claimcheck.extract.quantity.PhraseTable.Match;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Finds the number phrases in a text and the interval of values each allows: "at least 46",
 * "between 1.5 and 2 million", "€40m", "some 18,000", "hundreds", "12 of whom", "57%", "22 kilometres".
 *
 * <p>A phrase is read as {@code [qualifier] [currency] number [scale] [unit] [range end] [postfix]
 * [partitive]}; every word class comes from a word list under {@code src/main/resources}. Numbers that are
 * not amounts (years, dates, clock times, ages, phone and house numbers, identifiers, ranks, scores,
 * compound adjectives) are reported whole with their {@link NumberClass}, so no part of them is read as an
 * amount; the pronoun "one" and a number joined to a fraction word without a group ("two thirds") are
 * skipped.
 *
 * <p>"half of them" is not reported: its value depends on a group named elsewhere, and a phrase must carry
 * a numeric interval. Stateless and thread-safe; time is linear in the length of the text.
 */
public final class QuantityGrammar {

    /** What may stand between the two halves of a two-sided bound: "more than 100 but fewer than 300". */
    private static final java.util.Set<String> BOUND_JOINS = java.util.Set.of("and", "but", ",", ", but", "but not");

    private static final UnitWord PERCENT = new UnitWord(Unit.PERCENT, "percent", false);
    /** The largest denominator of a fraction written with a slash ("3/4", "5/16"); "9/11" and "24/7" are names. */
    private static final int LARGEST_DENOMINATOR = 100;
    private static final java.util.Set<String> SHARE_OF_PRONOUNS = java.util.Set.of("them", "whom", "those", "these", "it", "us");

    private final Lexicon lexicon = Lexicon.english();
    private final NumberWords numberWords = NumberWords.english();
    private final ContextChecks context = new ContextChecks(lexicon, numberWords);

    /** Creates the grammar; the word lists are shared and loaded once per class loader. */
    public QuantityGrammar() {
        // Everything is in the shared lexicon; construction is cheap.
    }

    /**
     * Returns every number phrase in {@code text}, in text order and not overlapping, with spans relative to
     * {@code text}.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public List<NumberPhrase> find(String text) {
        Objects.requireNonNull(text, "text");
        List<QuantityToken> tokens = QuantityTokenScanner.scan(text);
        List<NumberPhrase> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = Math.max(i + 1, readAt(tokens, i, found));
        }
        return List.copyOf(twoSided(text, found));
    }

    /**
     * Joins a lower and an upper bound written one after the other with only a conjunction between them
     * into one interval: "more than 100 but fewer than 300" is 100 &lt; x &lt; 300, not two half-lines;
     * "at most 100 and at least 20" is 20 ≤ x ≤ 100.
     */
    private static List<NumberPhrase> twoSided(String text, List<NumberPhrase> found) {
        List<NumberPhrase> joined = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            NumberPhrase a = found.get(k);
            NumberPhrase b = k + 1 < found.size() ? found.get(k + 1) : null;
            boolean halves = b != null && a.unit() == b.unit() && a.unitName().equals(b.unitName())
                    && (lowerOnly(a) && upperOnly(b) || upperOnly(a) && lowerOnly(b))
                    && BOUND_JOINS.contains(text.substring(a.span().end(), b.span().start()).strip().toLowerCase(java.util.Locale.ROOT));
            if (!halves) {
                joined.add(a);
                continue;
            }
            NumberPhrase lower = lowerOnly(a) ? a : b;
            NumberPhrase upper = lowerOnly(a) ? b : a;
            if (lower.low() <= upper.high()) {
                joined.add(new NumberPhrase(a.span().union(b.span()), lower.low(), upper.high(), lower.lowInclusive(),
                        upper.highInclusive(), a.approximate() || b.approximate(), false, false, a.unit(), a.unitName(),
                        a.numberClass()));
                k++;
            } else {
                joined.add(a);
            }
        }
        return joined;
    }

    private static boolean lowerOnly(NumberPhrase p) {
        return Double.isInfinite(p.high()) && Double.isFinite(p.low()) && !p.vague() && !p.partitive();
    }

    private static boolean upperOnly(NumberPhrase p) {
        return Double.isInfinite(p.low()) && Double.isFinite(p.high()) && !p.vague() && !p.partitive();
    }

    /** Reads a phrase starting at token {@code i} into {@code sink}; returns where reading may resume. */
    private int readAt(List<QuantityToken> t, int i, List<NumberPhrase> sink) {
        Match<Qualifier> qm = lexicon.qualifiersBefore.longestAt(t, i).orElse(null);
        QualifierKind q = qm == null ? null : qm.value().kind();
        int k = qm == null ? i : qm.end();
        int share = readShare(t, i, k, q, sink);
        if (share > 0) {
            return share;
        }
        int rank = readRank(t, i, k, q, sink);
        if (rank > 0) {
            return rank;
        }
        Match<Lexicon.Vague> vm = lexicon.vague.longestAt(t, k).orElse(null);
        if (vm != null && (!vm.value().needsOf() || (vm.end() < t.size() && t.get(vm.end()).is("of")))) {
            return readVague(t, q == QualifierKind.APPROXIMATE || q == QualifierKind.AT_LEAST
                    || q == QualifierKind.MORE_THAN ? i : k, vm, sink);
        }
        Amount first = readAmount(t, k, q == QualifierKind.FEW);
        if (first == null) {
            return i + 1;
        }
        ContextChecks.Label code = first.end() > first.number() + 2 && slashFraction(t, first.number()) != null
                ? null : context.codeChain(t, first.number());
        if (code != null) {
            return Math.max(label(t, first.number(), code.end(), first.value(), code.numberClass(), sink), first.end());
        }
        if (q == QualifierKind.FEW) {
            return first.impliedOne() ? emitFew(t, i, first, qm.value(), sink) : i + 1;
        }
        Amount second = isBound(q) ? null : readRangeEnd(t, first, q == QualifierKind.BETWEEN);
        if ((q == QualifierKind.BETWEEN || q == QualifierKind.FROM) && second == null) {
            // "from 37 on Tuesday": no range follows, so the number is read on its own.
            return i + 1;
        }
        if (second != null && first.scale() == 1 && second.scale() != 1
                && first.value() * second.scale() <= second.value()) {
            first = first.scaledBy(second.scale(), first.value() * second.scale());
        }
        Amount last = second == null ? first : second;
        int end = last.end();
        Match<Qualifier> post = lexicon.qualifiersAfter.longestAt(t, end)
                // "more than 40 or more" is not English: a second bound is left unread.
                .filter(m -> !(isBound(q) && isBound(m.value().kind())))
                .orElse(null);
        QualifierKind postKind = post == null ? null : post.value().kind();
        boolean qualified = isBound(q) || q == QualifierKind.APPROXIMATE || postKind != null;
        boolean dashed = second != null && t.get(first.end()).isDash();
        if (dashed && (first.value() > second.value() || context.scoreAround(t, i, end))) {
            // a range is never written high to low, a result often is: "won 3-1", "a 2-3 defeat"
            return label(t, first.start(), end, first.value(), NumberClass.SCORE, sink);
        }
        NumberClass before = context.classBefore(t, i, first, qualified);
        if (before != null) {
            return label(t, first.start(), end, first.value(), before, sink);
        }
        ContextChecks.Label after = context.classAfter(t, last);
        if (after != null) {
            return label(t, first.start(), Math.max(end, after.end()), first.value(), after.numberClass(), sink);
        }
        int unreadable = context.unreadableEnd(t, last);
        if (unreadable >= 0) {
            return unreadable;
        }
        if (!qualified && (first.yearLike() || last.yearLike())) {
            return label(t, first.start(), end, first.value(), NumberClass.DATE, sink);
        }
        if (second != null && first.value() > second.value()) {
            return end;
        }
        UnitWord unit = last.unit() != null ? last.unit() : first.unit();
        boolean partitive = postKind == QualifierKind.PARTITIVE;
        boolean moneyOrPercent = unit != null && (unit.unit() == Unit.MONEY || unit.unit() == Unit.PERCENT);
        if (first.loneOne() && second == null && q == null && !partitive && !moneyOrPercent
                && postKind != QualifierKind.AT_LEAST && postKind != QualifierKind.AT_MOST) {
            return end;
        }
        if (post != null) {
            end = post.end();
            // The unit may follow the postfix: "60 or so tonnes", "200 or more hectares".
            Match<UnitWord> late = unit == null && !partitive
                    ? lexicon.unitsAfter.longestAt(t, end).orElse(null) : null;
            if (late != null && !late.value().attachedOnly()) {
                unit = late.value();
                end = late.end();
            }
        }
        QualifierKind bound = isBound(q) ? q : postKind;
        boolean approximate = q == QualifierKind.APPROXIMATE || postKind == QualifierKind.APPROXIMATE;
        sink.add(phrase(new Span(t.get(i).start(), t.get(end - 1).end()), first.value(), last.value(), bound,
                approximate, unit, partitive, null));
        return end;
    }

    /** Reports tokens {@code from} to {@code end} as a number of class {@code kind}; returns {@code end}. */
    private static int label(List<QuantityToken> t, int from, int end, double value, NumberClass kind,
            List<NumberPhrase> sink) {
        sink.add(new NumberPhrase(span(t, from, end), value, value, true, true, false, false, false, Unit.COUNT, "",
                kind));
        return end;
    }

    /**
     * Reads a rank, or a range of ranks, as an {@link NumberClass#ORDINAL}: "tenth", "twenty-first", "21st",
     * "between the tenth and the fifteenth", "10th-15th". Returns where reading may resume, or -1 when no
     * rank starts at {@code k}.
     */
    private int readRank(List<QuantityToken> t, int i, int k, QualifierKind q, List<NumberPhrase> sink) {
        boolean opened = q == QualifierKind.BETWEEN || q == QualifierKind.FROM;
        Match<Double> first = rankAt(t, k, opened);
        if (first == null) {
            return -1;
        }
        Match<Qualifier> connector = lexicon.connectors.longestAt(t, first.end()).orElse(null);
        boolean joins = connector != null && (connector.value().kind() == QualifierKind.AND) == (q == QualifierKind.BETWEEN)
                && connector.value().kind() != QualifierKind.OR;
        Match<Double> second = joins ? rankAt(t, connector.end(), opened) : null;
        if (second == null || second.value() < first.value()) {
            if (opened) {
                // "between the tenth of May and…": no range of ranks, so the rank is read on its own
                return -1;
            }
            sink.add(new NumberPhrase(span(t, k, first.end()), first.value(), first.value(), true, true, false, false,
                    false, Unit.COUNT, "", NumberClass.ORDINAL));
            return first.end();
        }
        sink.add(new NumberPhrase(span(t, opened ? i : k, second.end()), first.value(), second.value(), true, true,
                false, false, false, Unit.COUNT, "", NumberClass.ORDINAL));
        return second.end();
    }

    /** Reads one rank at {@code k}, after "the" when {@code determiner} allows it: "tenth", "the 21st". */
    private Match<Double> rankAt(List<QuantityToken> t, int k, boolean determiner) {
        int at = determiner && k < t.size() && lexicon.rankDeterminers.contains(t.get(k).lower()) ? k + 1 : k;
        if (at >= t.size()) {
            return null;
        }
        QuantityToken token = t.get(at);
        if (token.isNumeral() && at + 1 < t.size() && token.touches(t.get(at + 1)) && !token.decimal()
                && lexicon.ordinalSuffixes.contains(t.get(at + 1).lower()) && !nameGlued(t, at)) {
            return new Match<>(token.numeralValue().doubleValue(), at + 2);
        }
        return numberWords.ordinal(t, at).map(m -> new Match<>(m.value(), m.end())).orElse(null);
    }

    /**
     * Reads a fraction written with a slash at {@code k}: "3/4", "5/16". Both numbers are bare digits written
     * against the slash, the numerator below the denominator, and no further slash makes it a date
     * ("3/4/2021"). Returns its value and end, or null.
     */
    private static Match<Double> slashFraction(List<QuantityToken> t, int k) {
        if (k < 0 || k + 2 >= t.size()) {
            return null;
        }
        QuantityToken numerator = t.get(k);
        QuantityToken slash = t.get(k + 1);
        QuantityToken denominator = t.get(k + 2);
        boolean written = numerator.isNumeral() && slash.is("/") && denominator.isNumeral()
                && numerator.touches(slash) && slash.touches(denominator) && plainDigits(numerator)
                && plainDigits(denominator);
        boolean inDate = k + 3 < t.size() && denominator.touches(t.get(k + 3)) && t.get(k + 3).is("/")
                || k > 0 && t.get(k - 1).touches(numerator) && t.get(k - 1).is("/");
        if (!written || inDate) {
            return null;
        }
        double n = numerator.numeralValue().doubleValue();
        double d = denominator.numeralValue().doubleValue();
        return n >= 1 && n < d && d <= LARGEST_DENOMINATOR ? new Match<>(n / d, k + 3) : null;
    }

    /** Whether letters or digits are written against the token before {@code k} ("G7th" is a name). */
    private static boolean nameGlued(List<QuantityToken> t, int k) {
        return k > 0 && t.get(k - 1).touches(t.get(k)) && (t.get(k - 1).isWord() || t.get(k - 1).isNumeral());
    }

    private static boolean plainDigits(QuantityToken numeral) {
        return !numeral.grouped() && !numeral.decimal() && !numeral.leadingZero();
    }

    /**
     * Reads a share written as a fraction of a group, as a percentage: "two thirds of the residents"
     * (66.7 percent), "a fifth of voters", "half of the staff", "more than half of", "1 in 5 voters".
     * A fraction word needs "of" and a group after it ("the third day" is an ordinal, "half of them" a
     * partitive of an earlier total); "N in M" needs N &lt; M.
     * Returns where reading may resume, or -1 when no share starts at {@code k}.
     */
    private int readShare(List<QuantityToken> t, int i, int k, QualifierKind q, List<NumberPhrase> sink) {
        Match<Double> slash = slashFraction(t, k);
        if (slash != null && slash.end() + 1 < t.size() && t.get(slash.end()).is("of")
                && !SHARE_OF_PRONOUNS.contains(t.get(slash.end() + 1).lower())) {
            sink.add(phrase(span(t, i, slash.end()), 100 * slash.value(), 100 * slash.value(), isBound(q) ? q : null,
                    q == QualifierKind.APPROXIMATE, PERCENT, false, NumberClass.SHARE));
            return slash.end();
        }
        double numerator;
        int denominatorAt;
        if (k < t.size() && lexicon.fractions.longestAt(t, k).filter(f -> f.value() == 2).isPresent()) {
            numerator = 1;
            denominatorAt = k;
        } else if (k < t.size() && (t.get(k).is("a") || t.get(k).is("an"))) {
            numerator = 1;
            denominatorAt = k + 1;
        } else {
            Amount n = readAmount(t, k, false);
            if (n == null || n.unit() != null || n.value() <= 0 || n.value() > 20 || n.scale() != 1) {
                return -1;
            }
            numerator = n.value();
            denominatorAt = n.end();
            if (denominatorAt + 1 < t.size() && t.get(denominatorAt).is("in")) {
                Amount of = readAmount(t, denominatorAt + 1, false);
                if (of != null && of.unit() == null && of.value() > numerator && of.end() < t.size()
                        && t.get(of.end()).kind() == QuantityToken.Kind.WORD) {
                    sink.add(phrase(new Span(t.get(i).start(), t.get(of.end() - 1).end()), 100 * numerator / of.value(),
                            100 * numerator / of.value(), isBound(q) ? q : null, q == QualifierKind.APPROXIMATE,
                            PERCENT, false, NumberClass.SHARE));
                    return of.end();
                }
                return -1;
            }
        }
        Match<Integer> denominator = denominatorAt < t.size() ? lexicon.fractions.longestAt(t, denominatorAt).orElse(null) : null;
        if (denominator == null || denominator.end() + 1 >= t.size() || !t.get(denominator.end()).is("of")
                || SHARE_OF_PRONOUNS.contains(t.get(denominator.end() + 1).lower())) {
            // "half of them drivers" divides a total already counted: a partitive, not a share of a group
            return -1;
        }
        double percent = 100 * numerator / denominator.value();
        if (percent > 100) {
            return -1;
        }
        sink.add(phrase(new Span(t.get(i).start(), t.get(denominator.end() - 1).end()), percent, percent,
                isBound(q) ? q : null, q == QualifierKind.APPROXIMATE, PERCENT, false, NumberClass.SHARE));
        return denominator.end();
    }

    /** Reads the second end after a connector, or returns null when no range follows. */
    private Amount readRangeEnd(List<QuantityToken> t, Amount first, boolean afterBetween) {
        Match<Qualifier> connector = lexicon.connectors.longestAt(t, first.end()).orElse(null);
        if (connector == null) {
            return null;
        }
        QualifierKind kind = connector.value().kind();
        if ((kind == QualifierKind.AND) != afterBetween) {
            return null;
        }
        QuantityToken joiner = t.get(first.end());
        if (joiner.isDash() && connector.end() < t.size()
                && t.get(first.end() - 1).touches(joiner) != joiner.touches(t.get(connector.end()))) {
            // "12- to 15-year-olds" and "COVID -19" are not ranges.
            return null;
        }
        Amount second = readAmount(t, connector.end(), false);
        if (second == null || second.loneOne() && !first.loneOne() && first.numeral() != null) {
            return null;
        }
        // "2.5 percentage points to 15 per cent" is a change between two figures, not one range.
        boolean unitsDiffer = first.unit() != null && second.unit() != null
                && !first.unit().name().equals(second.unit().name());
        return unitsDiffer ? null : second;
    }

    /** Reads {@code [currency] number [scale] [unit]} at {@code k}, or returns null. */
    private Amount readAmount(List<QuantityToken> t, int k, boolean bareScale) {
        int start = k;
        // a sign: "-4", "−4" (written against the number, not after another number: "20-30" is a range),
        // "minus 5", "negative 2"
        boolean negative = false;
        if (k + 1 < t.size() && (t.get(k).is("-") || t.get(k).is("\u2212")) && t.get(k).touches(t.get(k + 1))
                && t.get(k + 1).isNumeral() && (k == 0 || !t.get(k - 1).touches(t.get(k)))) {
            negative = true;
            k++;
        } else if (k + 1 < t.size() && (t.get(k).is("minus") || t.get(k).is("negative"))) {
            negative = true;
            k++;
        }
        Amount unsigned = readUnsigned(t, start, k, bareScale);
        return unsigned == null || !negative ? unsigned : unsigned.negated();
    }

    private Amount readUnsigned(List<QuantityToken> t, int start, int k, boolean bareScale) {
        UnitWord prefix = null;
        Match<UnitWord> pm = lexicon.unitsBefore.longestAt(t, k).orElse(null);
        if (pm != null) {
            prefix = pm.value();
            k = pm.end();
        }
        if (k >= t.size()) {
            return null;
        }
        QuantityToken token = t.get(k);
        double value;
        double scale = 1;
        int after;
        boolean loneOne = false;
        boolean implied = false;
        if (token.is(".") && k + 1 < t.size() && token.touches(t.get(k + 1)) && t.get(k + 1).isNumeral()
                && t.get(k + 1).text().chars().allMatch(Character::isDigit) && t.get(k + 1).text().length() <= 15
                && (k == 0 || !t.get(k - 1).touches(token))) {
            // a decimal without its leading zero: ".08", "a blood alcohol level of .08"
            value = new java.math.BigDecimal("0." + t.get(k + 1).text()).doubleValue();
            return withUnit(t, new Amount(start, k, k + 2, value, 1, t.get(k + 1), prefix, false, false));
        }
        if (token.isNumeral()) {
            // Longer digit runs are identifiers or noise; a double could not hold them exactly anyway.
            if (token.digitCount() > 15) {
                return null;
            }
            Match<Double> mixed = plainDigits(token) && k + 1 < t.size() && !token.touches(t.get(k + 1))
                    ? slashFraction(t, k + 1) : null;
            if (mixed != null) {
                // a mixed number: "2 1/4 tonnes"
                return withUnit(t, new Amount(start, k, mixed.end(), token.numeralValue().doubleValue() + mixed.value(),
                        1, token, prefix, false, false));
            }
            Match<Double> fraction = slashFraction(t, k);
            if (fraction != null) {
                Amount measured = withUnit(t, new Amount(start, k, fraction.end(), fraction.value(), 1, token, prefix,
                        false, false));
                // "3/4 mile" is a fraction; a bare "3/4" may be a date, and is left to the date reading
                if (measured.unit() != null) {
                    return measured;
                }
            }
            after = k + 1;
            Match<Lexicon.Scale> sm = lexicon.scales.longestAt(t, after).orElse(null);
            if (sm != null && (!sm.value().attachedOnly() || token.touches(t.get(after)))) {
                scale = sm.value().factor().doubleValue();
                value = token.numeralValue().multiply(sm.value().factor()).doubleValue();
                after = sm.end();
            } else {
                value = token.numeralValue().doubleValue();
            }
        } else {
            NumberWords.Match m = numberWords.match(t, k, bareScale).orElse(null);
            if (m == null) {
                return null;
            }
            value = m.value();
            scale = m.trailingScale();
            after = m.end();
            loneOne = m.wordCount() == 1 && m.value() == 1 && !m.impliedOne();
            implied = m.impliedOne();
        }
        return withUnit(t, new Amount(start, k, after, value, scale, token.isNumeral() ? token : null, prefix, loneOne,
                implied));
    }

    /** The amount with the unit written after it ("12 km", "40 percent"), unless a currency came before it. */
    private Amount withUnit(List<QuantityToken> t, Amount amount) {
        if (amount.unit() != null) {
            return amount;
        }
        int after = amount.end();
        Match<UnitWord> um = lexicon.unitsAfter.longestAt(t, after).orElse(null);
        if (um == null || um.value().attachedOnly() && !t.get(after - 1).touches(t.get(after))) {
            return amount;
        }
        return new Amount(amount.start(), amount.number(), um.end(), amount.value(), amount.scale(), amount.numeral(),
                um.value(), amount.loneOne(), amount.impliedOne());
    }

    private int readVague(List<QuantityToken> t, int start, Match<Lexicon.Vague> vm, List<NumberPhrase> sink) {
        int end = vm.end();
        Unit unit = Unit.COUNT;
        String name = "";
        if (end < t.size() && t.get(end).is("of")) {
            Match<UnitWord> money = lexicon.unitsAfter.longestAt(t, end + 1).orElse(null);
            if (money != null && money.value().unit() == Unit.MONEY) {
                // "millions of dollars" is money, not a count of dollars.
                unit = Unit.MONEY;
                name = money.value().name();
                end = money.end();
            }
        }
        sink.add(new NumberPhrase(span(t, start, end), vm.value().low(), Double.POSITIVE_INFINITY,
                true, false, true, true, false, unit, name, NumberClass.of(unit)));
        return end;
    }

    private int emitFew(List<QuantityToken> t, int start, Amount amount, Qualifier few, List<NumberPhrase> sink) {
        if (context.classAfter(t, amount) != null || context.unreadableEnd(t, amount) >= 0) {
            return amount.end();
        }
        UnitWord unit = amount.unit();
        Unit measured = unit == null ? Unit.COUNT : unit.unit();
        sink.add(new NumberPhrase(span(t, start, amount.end()), few.lowFactor() * amount.value(),
                few.highFactor() * amount.value(), true, true, true, true, false,
                measured, unit == null ? "" : unit.name(), NumberClass.of(measured)));
        return amount.end();
    }

    /** Builds an amount; {@code kind} is null for the class its unit gives. */
    private static NumberPhrase phrase(Span span, double low, double high, QualifierKind bound,
            boolean approximate, UnitWord unit, boolean partitive, NumberClass kind) {
        double lo = low;
        double hi = high;
        boolean loIn = true;
        boolean hiIn = true;
        if (bound == QualifierKind.AT_LEAST || bound == QualifierKind.MORE_THAN) {
            hi = Double.POSITIVE_INFINITY;
            hiIn = false;
            loIn = bound == QualifierKind.AT_LEAST;
        } else if (bound == QualifierKind.AT_MOST || bound == QualifierKind.LESS_THAN) {
            lo = Double.NEGATIVE_INFINITY;
            loIn = false;
            hiIn = bound == QualifierKind.AT_MOST;
        }
        Unit measured = unit == null ? Unit.COUNT : unit.unit();
        return new NumberPhrase(span, lo, hi, loIn, hiIn, approximate, false, partitive, measured,
                unit == null ? "" : unit.name(), kind == null ? NumberClass.of(measured) : kind);
    }

    private static boolean isBound(QualifierKind q) {
        return q == QualifierKind.AT_LEAST || q == QualifierKind.MORE_THAN
                || q == QualifierKind.AT_MOST || q == QualifierKind.LESS_THAN;
    }

    private static Span span(List<QuantityToken> t, int start, int end) {
        return new Span(t.get(start).start(), t.get(end - 1).end());
    }
}
