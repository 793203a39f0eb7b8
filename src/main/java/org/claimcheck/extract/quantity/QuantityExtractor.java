package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.attribution.Attribution;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.text.SentenceSpan;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Turns every number phrase into a {@link QuantityMention}: what it counts, the clause it sits in, its
 * year, and the markers that decide what it may be compared with (a part, a partitive share, an update,
 * a projection, a condition). A number that is not an amount (a year, a rank, a flight number) counts
 * nothing: it gets its clause and markers but no counted thing, and is never the total a later share or
 * figure refers back to.
 */
public final class QuantityExtractor implements Stage {

    /** The quantity layer. */
    public static final Layer<QuantityMention> QUANTITIES = new Layer<>("quantities", QuantityMention.class);

    private static final Set<String> SUPERSEDED = Vocabulary.words("from", "previously", "formerly");
    /**
     * A figure given near "preliminary reports", "an initial toll", "an earlier figure" is a value later ones
     * supersede: an update, never a rival.
     */
    private static final Set<String> PRELIMINARY = Vocabulary.words("preliminary", "initial", "earlier", "provisional");
    /** How many words either side of a figure "preliminary reports" may stand (a window, so a long sentence stays linear). */
    private static final int PRELIMINARY_REACH = 10;
    private static final Set<String> TALLIES = Vocabulary.words("report", "reports", "toll", "tolls", "figure",
            "figures", "estimate", "estimates", "count", "tally");
    private static final Set<String> DEFINITE = Vocabulary.words("the", "this", "that", "these", "those");
    /**
     * Words before a figure that make it a projection: modals of possibility and verbs of forecasting ("we
     * forecast it to ship 15 million"). "Will" and "would" are not among them: "will cut 1,200 jobs" is a
     * plan announced, and two plans can conflict.
     */
    private static final Set<String> MODALS = Vocabulary.words("could", "may", "might", "forecast", "forecasts",
            "projected", "predicted", "predicts");
    private static final Set<String> CONDITIONS = Vocabulary.words("if", "unless");
    private static final Set<String> RATE_UNITS = Vocabulary.words("day", "week", "month", "year", "hour");
    private static final Set<String> RATE_WORDS = Vocabulary.words("daily", "weekly", "monthly", "annually", "annual",
            "yearly");
    /** Before a number, words that make it an increment on a count already given: "killed another 20". */
    private static final Set<String> INCREMENT_WORDS = Vocabulary.words("another", "further");
    private static final Set<String> PHASE_WORDS = Vocabulary.words("phase", "stage", "wave", "batch", "tranche");

    private final QuantityGrammar grammar = new QuantityGrammar();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, AttributionExtractor.ATTRIBUTIONS);
    }

    @Override
    public Layer<?> provides() {
        return QUANTITIES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<QuantityMention> found = new ArrayList<>();
        List<List<Token>> sentences = TokenWindows.bySentence(document);
        List<SentenceSpan> spans = document.get(SentenceSplitter.SENTENCES);
        List<Attribution> attributions = document.get(AttributionExtractor.ATTRIBUTIONS);
        for (NumberPhrase number : grammar.find(document.text())) {
            for (SentenceSpan sentence : spans) {
                if (sentence.span().contains(number.span())) {
                    List<Token> s = sentences.get(sentence.index());
                    int first = tokenAt(s, number.span().start());
                    int last = tokenAt(s, number.span().end() - 1);
                    if (first >= 0 && last >= 0) {
                        found.add(mention(found, s, first, last, number, sentence, attributions));
                    }
                }
            }
        }
        document.put(QUANTITIES, found);
    }

    private QuantityMention mention(List<QuantityMention> before, List<Token> s, int first, int last, NumberPhrase number,
            SentenceSpan sentence, List<Attribution> attributions) {
        int partOf = -1;
        CountedThingReader.Reading reading;
        if (!number.amount()) {
            reading = new CountedThingReader.Reading(new Span(number.span().end(), number.span().end()), "", List.of(),
                    "", false);
        } else if (number.partitive()) {
            partOf = antecedent(before, sentence.index());
            reading = partOf < 0 ? CountedThingReader.read(s, first, last, number)
                    : inherited(before.get(partOf), CountedThingReader.ownMeasure(s, last));
        } else {
            reading = CountedThingReader.read(s, first, last, number);
            if (reading.refersBack()) {
                reading = referent(before, sentence.index(), number.unit()).map(q -> inherited(q, ""))
                        .orElse(reading);
            }
        }
        Span clause = clauseOf(number.span(), sentence, attributions);
        int thingEnd = Math.max(last, lastTokenIn(s, reading.span()));
        String time = yearNear(s, first);
        if (time.isEmpty() && first > 0 && DEFINITE.contains(s.get(first - 1).lower())) {
            time = timeOfEarlier(before, reading.thing(), number.unit());
        }
        return new QuantityMention(before.size(), sentence.index(), number, reading.span(), reading.thing(),
                reading.modifiers(), reading.measure(), clause, time, period(s, first, thingEnd, reading),
                isPart(s, clause), partOf, isUpdate(s, first), isProjected(s, first, thingEnd),
                hasCondition(s, clause));
    }

    /** A share counts its total's thing; it keeps its own verb when it has one ("37 of whom died"). */
    private static CountedThingReader.Reading inherited(QuantityMention whole, String ownMeasure) {
        return new CountedThingReader.Reading(new Span(whole.thingSpan().start(), whole.thingSpan().start()),
                whole.thing(), whole.modifiers(), ownMeasure.isEmpty() ? whole.measure() : ownMeasure, false);
    }

    /** "…put the number at 48,000": the latest figure of a thing, in this sentence or the one before. */
    private static java.util.Optional<QuantityMention> referent(List<QuantityMention> before, int sentence, Unit unit) {
        for (int i = before.size() - 1; i >= 0; i--) {
            QuantityMention q = before.get(i);
            if (q.sentence() < sentence - 1) {
                break;
            }
            if (!q.thing().isEmpty() && q.number().unit() == unit) {
                return java.util.Optional.of(q);
            }
        }
        return java.util.Optional.empty();
    }

    private static int antecedent(List<QuantityMention> before, int sentence) {
        for (int i = before.size() - 1; i >= 0; i--) {
            QuantityMention candidate = before.get(i);
            if (candidate.sentence() != sentence) {
                return -1;
            }
            if (candidate.number().numberClass() == NumberClass.COUNT && !candidate.number().partitive()) {
                return i;
            }
        }
        return -1;
    }

    /** The innermost reported content holding the number, else the sentence. */
    private static Span clauseOf(Span number, SentenceSpan sentence, List<Attribution> attributions) {
        Span best = sentence.span();
        for (Attribution a : attributions) {
            if (a.sentence() == sentence.index() && a.content().contains(number) && a.content().length() < best.length()) {
                best = a.content();
            }
        }
        return best;
    }

    /**
     * "the €640 million budget" refers back to a budget already introduced: it counts for the same year
     * as the latest earlier figure of the same thing and unit.
     */
    private static String timeOfEarlier(List<QuantityMention> before, String thing, Unit unit) {
        for (int i = before.size() - 1; i >= 0; i--) {
            QuantityMention q = before.get(i);
            if (!thing.isEmpty() && q.thing().equals(thing) && q.number().unit() == unit) {
                return q.time();
            }
        }
        return "";
    }

    private static String yearNear(List<Token> s, int first) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (int m = 0; m < s.size(); m++) {
            Token t = s.get(m);
            if (t.text().length() == 4 && t.digits() && t.text().chars().allMatch(Character::isDigit)) {
                int year = Integer.parseInt(t.text());
                int distance = Math.abs(m - first);
                if (year >= 1800 && year <= 2100 && distance <= 10 && distance < bestDistance) {
                    best = t.text();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static String period(List<Token> s, int first, int thingEnd, CountedThingReader.Reading reading) {
        for (Token t : s) {
            if (t.lower().equals("same") && t.index() + 1 <= s.get(s.size() - 1).index()) {
                return "same";
            }
        }
        for (int m = thingEnd + 1; m < Math.min(s.size(), thingEnd + 4); m++) {
            String w = s.get(m).lower();
            if (RATE_WORDS.contains(w) || (w.equals("a") || w.equals("per") || w.equals("each") || w.equals("every"))
                    && m + 1 < s.size() && RATE_UNITS.contains(s.get(m + 1).lower())) {
                return "rate";
            }
        }
        boolean increment = first > 0 && INCREMENT_WORDS.contains(s.get(first - 1).lower());
        return increment || reading.modifiers().contains("new") ? "new" : "";
    }

    private static boolean isPart(List<Token> s, Span clause) {
        for (int m = 0; m < s.size(); m++) {
            Token t = s.get(m);
            if (!clause.contains(t.span())) {
                continue;
            }
            if (t.lower().equals("alone")) {
                return true;
            }
            if (PHASE_WORDS.contains(t.lower()) && m > 0 && Set.of("first", "initial", "second")
                    .contains(s.get(m - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure is a superseded value: "up from 41", "from 1.4 million a year earlier",
     * "previously 30", or a preliminary one ("initial reports of 20 killed", "killed six, according to
     * preliminary reports"). The new value ("rose to 64") is the current one and stays comparable.
     */
    private static boolean isUpdate(List<Token> s, int first) {
        String before = first == 0 ? "" : s.get(first - 1).lower();
        if (SUPERSEDED.contains(before) || before.equals("with") && first > 1 && s.get(first - 2).lower().equals("compared")) {
            return true;
        }
        for (int k = Math.max(0, first - PRELIMINARY_REACH); k + 1 < Math.min(s.size(), first + PRELIMINARY_REACH); k++) {
            if (PRELIMINARY.contains(s.get(k).lower()) && TALLIES.contains(s.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProjected(List<Token> s, int first, int thingEnd) {
        for (int m = Math.max(0, first - 4); m < first; m++) {
            if (MODALS.contains(s.get(m).lower())) {
                boolean copula = m + 1 < s.size() && s.get(m + 1).lower().equals("be") && m + 2 >= first;
                return !copula;
            }
        }
        for (int m = thingEnd + 1; m < Math.min(s.size(), thingEnd + 3); m++) {
            if (MODALS.contains(s.get(m).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCondition(List<Token> s, Span clause) {
        for (Token t : s) {
            if (clause.contains(t.span()) && CONDITIONS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static int lastTokenIn(List<Token> s, Span span) {
        int last = -1;
        for (int m = 0; m < s.size(); m++) {
            if (span.length() > 0 && span.contains(s.get(m).span())) {
                last = m;
            }
        }
        return last;
    }

    private static int tokenAt(List<Token> s, int offset) {
        for (int m = 0; m < s.size(); m++) {
            if (s.get(m).span().contains(offset)) {
                return m;
            }
        }
        return -1;
    }
}
