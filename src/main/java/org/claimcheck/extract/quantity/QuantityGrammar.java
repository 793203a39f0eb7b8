package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimcheck.extract.quantity.Lexicon.Qualifier;
import org.claimcheck.extract.quantity.Lexicon.QualifierKind;
import org.claimcheck.extract.quantity.Lexicon.UnitWord;
import org.claimcheck.extract.quantity.PhraseTable.Match;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Finds the number phrases in a text and the interval of values each allows: "at least 46",
 * "between 1.5 and 2 million", "€40m", "some 18,000", "hundreds", "12 of whom", "57%", "22 kilometres".
 *
 * <p>A phrase is read as {@code [qualifier] [currency] number [scale] [unit] [range end] [postfix]
 * [partitive]}; every word class comes from a word list under {@code src/main/resources}. Numbers that are
 * not quantities (years, dates, clock times, ages, phone and house numbers, identifiers, ordinals,
 * compound adjectives, the pronoun "one") are skipped whole, so no part of them is reported.
 *
 * <p>"half of them" is not reported: its value depends on a group named elsewhere, and a phrase must carry
 * a numeric interval. Stateless and thread-safe; time is linear in the length of the text.
 */
public final class QuantityGrammar {

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
        return List.copyOf(found);
    }

    /** Reads a phrase starting at token {@code i} into {@code sink}; returns where reading may resume. */
    private int readAt(List<QuantityToken> t, int i, List<NumberPhrase> sink) {
        Match<Qualifier> qm = lexicon.qualifiersBefore.longestAt(t, i).orElse(null);
        QualifierKind q = qm == null ? null : qm.value().kind();
        int k = qm == null ? i : qm.end();
        Match<Lexicon.Vague> vm = lexicon.vague.longestAt(t, k).orElse(null);
        if (vm != null && (!vm.value().needsOf() || (vm.end() < t.size() && t.get(vm.end()).is("of")))) {
            return readVague(t, q == QualifierKind.APPROXIMATE || q == QualifierKind.AT_LEAST
                    || q == QualifierKind.MORE_THAN ? i : k, vm, sink);
        }
        Amount first = readAmount(t, k, q == QualifierKind.FEW);
        if (first == null) {
            return i + 1;
        }
        int code = context.codeChainEnd(t, first.number());
        if (code >= 0) {
            return Math.max(code, first.end());
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
        if (context.excludedBefore(t, i, first, qualified) || context.excludedAfter(t, last)
                || (!qualified && (first.yearLike() || last.yearLike()))
                || (second != null && first.value() > second.value())) {
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
                approximate, unit, partitive));
        return end;
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
        UnitWord prefix = null;
        int start = k;
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
        if (token.isNumeral()) {
            // Longer digit runs are identifiers or noise; a double could not hold them exactly anyway.
            if (token.digitCount() > 15) {
                return null;
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
        UnitWord unit = prefix;
        if (prefix == null) {
            Match<UnitWord> um = lexicon.unitsAfter.longestAt(t, after).orElse(null);
            if (um != null && (!um.value().attachedOnly() || t.get(after - 1).touches(t.get(after)))) {
                unit = um.value();
                after = um.end();
            }
        }
        return new Amount(start, k, after, value, scale, token.isNumeral() ? token : null, unit, loneOne, implied);
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
                true, false, true, true, false, unit, name));
        return end;
    }

    private int emitFew(List<QuantityToken> t, int start, Amount amount, Qualifier few, List<NumberPhrase> sink) {
        if (context.excludedAfter(t, amount)) {
            return amount.end();
        }
        UnitWord unit = amount.unit();
        sink.add(new NumberPhrase(span(t, start, amount.end()), few.lowFactor() * amount.value(),
                few.highFactor() * amount.value(), true, true, true, true, false,
                unit == null ? Unit.COUNT : unit.unit(), unit == null ? "" : unit.name()));
        return amount.end();
    }

    private static NumberPhrase phrase(Span span, double low, double high, QualifierKind bound,
            boolean approximate, UnitWord unit, boolean partitive) {
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
        return new NumberPhrase(span, lo, hi, loIn, hiIn, approximate, false, partitive,
                unit == null ? Unit.COUNT : unit.unit(), unit == null ? "" : unit.name());
    }

    private static boolean isBound(QualifierKind q) {
        return q == QualifierKind.AT_LEAST || q == QualifierKind.MORE_THAN
                || q == QualifierKind.AT_MOST || q == QualifierKind.LESS_THAN;
    }

    private static Span span(List<QuantityToken> t, int start, int end) {
        return new Span(t.get(start).start(), t.get(end - 1).end());
    }
}
