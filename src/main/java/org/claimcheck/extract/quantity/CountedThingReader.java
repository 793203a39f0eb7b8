package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.extract.text.Token;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Reads what a number counts from the words around it: the noun phrase after it ("46 people", "7,412
 * civilian deaths", "54 percent of the vote"), a noun before it ("put the turnout at 9,500", "the total
 * number of troops could be around 11,000") and the verb that says what happened ("had been killed",
 * "killed 38 people").
 *
 * <p>A verb decides the measure when there is one ("refugees had crossed", "hosts 600,000 refugees");
 * a verb the word lists do not know is its own measure, so "vaccinated 18,000 children" and "58 children
 * were in hospital" are never compared. Reporting verbs ("recorded", "confirmed") say who counts, not
 * what happened, and are passed over. Without a verb, a noun that names a measure decides it ("deaths",
 * "turnout", "cases").
 */
public final class CountedThingReader {

    public static final Map<String, String> MEASURES = WordList.loadGroups("quantity/measures.txt");
    private static final Set<String> AUXILIARIES = Vocabulary.words("had", "has", "have", "been", "were", "was", "are",
            "is", "be", "being", "also", "reportedly", "still", "would", "will", "could", "may", "might", "now", "then",
            "all", "already", "either", "both", "so", "far", "later", "subsequently", "allegedly", "currently",
            "reportedly", "initially", "since", "just", "only", "not", "never", "yet");
    private static final Set<String> RELATIVES = Vocabulary.words("who", "that", "which");
    private static final Set<String> BEFORE_NUMBER = Vocabulary.words("the", "a", "an", "to", "its", "their", "another",
            "some", "about", "his", "her", "our", "all");
    // Words a noun before the number may be separated from it by: "the death toll rose to 72", "the total
    // number of troops in the region could be around 11,000", "put the turnout at 9,500".
    private static final Set<String> LINKING_VERBS = Vocabulary.words("rose", "risen", "stood", "stands", "reached",
            "climbed", "increased", "fell", "dropped", "put", "be", "was", "is", "were", "are", "been", "now", "total",
            "number", "estimated", "currently", "at", "totalled", "totaled", "totals", "amounted", "amounts", "came");
    private static final Set<String> ESTIMATING_VERBS = Vocabulary.words("put", "puts", "putting", "estimated", "estimates",
            "estimate", "placed", "places", "pegged", "set");
    private static final Set<String> QUALIFYING_PREPOSITIONS = Vocabulary.words("from", "of", "in", "after", "since");
    private static final Set<String> PLACE_PREPOSITIONS = Vocabulary.words("in", "at", "across", "near", "inside",
            "throughout");
    private static final Set<String> RELATIONS = Vocabulary.words("for", "with", "by", "per", "among", "than");
    private static final Set<String> REFERRING_NOUNS = Vocabulary.words("number", "figure", "total", "count", "tally");
    private static final Set<String> PERSON_MEASURES = Vocabulary.words("killed", "injured", "missing", "displaced",
            "trapped", "rescued", "arrested", "hospitalised", "attended");

    /**
     * What was read for one number.
     *
     * @param span the thing's words, or an empty span
     * @param thing the thing's class, or empty
     * @param modifiers the words qualifying it
     * @param measure the measure, or empty
     * @param refersBack whether the figure names no thing of its own but points back to an earlier one
     *     ("put the number at 48,000")
     */
    record Reading(Span span, String thing, List<String> modifiers, String measure, boolean refersBack) {
    }

    private CountedThingReader() {
    }

    /** Reads the thing counted by the number occupying tokens {@code first..last} of sentence {@code s}. */
    static Reading read(List<Token> s, int first, int last, NumberPhrase number) {
        int k = last + 1;
        if (k < s.size() && s.get(k).lower().equals("of") && (number.vague() || number.unit() != Unit.COUNT)) {
            k = skipDeterminers(s, k + 1);
        }
        int end = k;
        while (end < s.size() && isNounWord(s.get(end)) && !(end > k && (looksLikeVerb(s.get(end))
                || !measureAt(s, end).isEmpty() && CountedThings.classOf(s.get(end).lower()).isEmpty()))) {
            end++;
        }
        String thing = "";
        String nounMeasure = "";
        boolean pureMeasureNoun = false;
        List<String> modifiers = new ArrayList<>();
        Span span = new Span(s.get(last).span().end(), s.get(last).span().end());
        if (end > k) {
            span = s.get(k).span().union(s.get(end - 1).span());
            int head = headIndex(s, k, end);
            String headWord = s.get(head).lower();
            nounMeasure = MEASURES.getOrDefault(headWord, "");
            thing = CountedThings.classOf(headWord).orElse("");
            pureMeasureNoun = thing.isEmpty() && !nounMeasure.isEmpty();
            for (int m = k; m < head; m++) {
                modifiers.add(s.get(m).lower());
            }
            if (pureMeasureNoun && !modifiers.isEmpty()) {
                String modifier = modifiers.get(modifiers.size() - 1);
                thing = CountedThings.classOf(modifier).orElse(singular(modifier));
            } else if (thing.isEmpty() && !pureMeasureNoun) {
                thing = singular(headWord);
            }
            if (end < s.size() && Character.isDigit(s.get(end).text().charAt(0)) && s.get(end - 1).capitalized()) {
                // a model number completes a name: "seven Airbus 320s" and "three Airbus 319s" count different things
                thing = thing + " " + singular(s.get(end).lower());
                span = span.union(s.get(end).span());
            }
        } else if (number.unit() == Unit.COUNT || number.unit() == Unit.PERCENT || number.unit() == Unit.MONEY) {
            String before = nounBefore(s, first);
            if (REFERRING_NOUNS.contains(before)) {
                return new Reading(span, "", modifiers, "", true);
            }
            thing = CountedThings.classOf(before).orElse("");
            nounMeasure = MEASURES.getOrDefault(before, "");
            pureMeasureNoun = thing.isEmpty() && !nounMeasure.isEmpty();
        }
        // A sum of money or a share is measured by what its noun names ("budget", "of the vote"), whatever
        // the verb says was done with it ("approved", "won").
        boolean nounDecides = pureMeasureNoun || (number.unit() == Unit.MONEY || number.unit() == Unit.PERCENT)
                && !nounMeasure.isEmpty();
        String measure = nounDecides ? nounMeasure : verbMeasure(s, first, Math.max(end, last + 1), nounMeasure);
        if (thing.isEmpty() && PERSON_MEASURES.contains(measure) && number.unit() == Unit.COUNT) {
            thing = "people";
        }
        return new Reading(span, thing, modifiers, measure, false);
    }

    /** The measure of a partitive share's own verb ("37 of whom have died"), or empty to inherit its total's. */
    static String ownMeasure(List<Token> s, int last) {
        int k = last + 1;
        return measureAfter(s, k).orElse("");
    }

    private static String verbMeasure(List<Token> s, int first, int afterThing, String fallback) {
        java.util.Optional<String> after = measureAfter(s, afterThing);
        java.util.Optional<String> before = measureBefore(s, first);
        // "hosts 600,000 refugees who fled": the main verb, not the relative clause, says what is counted.
        boolean relative = afterThing < s.size() && RELATIVES.contains(s.get(afterThing).lower());
        if (after.isPresent() && !(relative && before.isPresent())) {
            return after.get();
        }
        if (before.isPresent() || !fallback.isEmpty()) {
            return before.orElse(fallback);
        }
        // "built for about 400 people": with nothing else to go on, the figure is a complement of another
        // relation, not a count of what happened; the preposition keeps it apart from plain stocks.
        return first > 0 && RELATIONS.contains(s.get(first - 1).lower()) ? s.get(first - 1).lower() : "";
    }

    private static int skipDeterminers(List<Token> s, int k) {
        while (k < s.size() && Set.of("the", "its", "their", "all", "his", "her", "our", "a", "an").contains(s.get(k).lower())) {
            k++;
        }
        return k;
    }

    private static boolean isNounWord(Token t) {
        return t.word() && !Vocabulary.isFunctionWord(t) && Vocabulary.cueStance(t).isEmpty();
    }

    private static boolean looksLikeVerb(Token t) {
        return Vocabulary.looksLikeVerb(t.lower()) && CountedThings.classOf(t.lower()).isEmpty();
    }

    private static int headIndex(List<Token> s, int from, int to) {
        for (int m = to - 1; m >= from; m--) {
            String w = s.get(m).lower();
            if (CountedThings.classOf(w).isPresent() || MEASURES.containsKey(w)) {
                return m;
            }
        }
        return to - 1;
    }

    private static String nounBefore(List<Token> s, int first) {
        String estimated = estimatedNoun(s, first);
        if (!estimated.isEmpty()) {
            return estimated;
        }
        for (int m = first - 1; m >= Math.max(0, first - 9); m--) {
            Token t = s.get(m);
            String w = t.lower();
            if (CountedThings.classOf(w).isPresent() || MEASURES.containsKey(w) && !looksLikeVerb(t)) {
                return w;
            }
            boolean passable = Vocabulary.isFunctionWord(t) && !w.equals("that") || t.capitalized()
                    || LINKING_VERBS.contains(w);
            if (passable && t.word() && !(Vocabulary.cueStance(t).isPresent() && !LINKING_VERBS.contains(w))) {
                continue;
            }
            // "the death toll from Monday's derailment near X rose to 19": step over the phrase that
            // qualifies the subject, back to the preposition that opens it.
            int opening = prepositionBefore(s, m);
            if (!t.word() || opening < 0) {
                return "";
            }
            m = opening;
        }
        return "";
    }

    /**
     * "put the attendance at the same match at 38,400", "estimated the crowd at…": the thing named right
     * after an estimating verb, when the figure follows "at".
     */
    private static String estimatedNoun(List<Token> s, int first) {
        if (first == 0 || !s.get(first - 1).lower().equals("at")) {
            return "";
        }
        for (int m = first - 2; m >= Math.max(0, first - 10); m--) {
            if (ESTIMATING_VERBS.contains(s.get(m).lower())) {
                for (int k = m + 1; k < first - 1; k++) {
                    String w = s.get(k).lower();
                    if (CountedThings.classOf(w).isPresent() || MEASURES.containsKey(w) || REFERRING_NOUNS.contains(w)) {
                        return w;
                    }
                }
                return "";
            }
        }
        return "";
    }

    private static int prepositionBefore(List<Token> s, int m) {
        for (int k = m - 1; k >= Math.max(0, m - 4); k--) {
            String w = s.get(k).lower();
            if (QUALIFYING_PREPOSITIONS.contains(w)) {
                return k;
            }
            if (!s.get(k).word() || Vocabulary.cueStance(s.get(k)).isPresent()) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb after the counted thing, past auxiliaries ("had been killed"); a relative clause counts too. */
    private static java.util.Optional<String> measureAfter(List<Token> s, int k) {
        int m = skipPlacePhrase(s, k);
        while (m < s.size() && (AUXILIARIES.contains(s.get(m).lower()) || RELATIVES.contains(s.get(m).lower()))) {
            m++;
        }
        if (m >= s.size() || m - k > 5 || Vocabulary.cueStance(s.get(m)).isPresent()) {
            return java.util.Optional.empty();
        }
        String known = measureAt(s, m);
        if (!known.isEmpty()) {
            return java.util.Optional.of(known);
        }
        return looksLikeVerb(s.get(m)) ? java.util.Optional.of(Vocabulary.baseForm(s.get(m).lower()))
                : java.util.Optional.empty();
    }

    /**
     * Skips a place phrase between a counted thing and its verb: "2,300 schools in the X province were
     * closed". Returns {@code k} when no auxiliary follows the phrase closely.
     */
    private static int skipPlacePhrase(List<Token> s, int k) {
        if (k >= s.size() || !PLACE_PREPOSITIONS.contains(s.get(k).lower())) {
            return k;
        }
        for (int m = k + 1; m < Math.min(s.size(), k + 7); m++) {
            if (!s.get(m).word()) {
                return k;
            }
            if (AUXILIARIES.contains(s.get(m).lower()) && !s.get(m).lower().equals("all")) {
                return m;
            }
        }
        return k;
    }

    /** The verb just before the number ("killed 38 people", "vaccinated 18,000 children"). */
    private static java.util.Optional<String> measureBefore(List<Token> s, int first) {
        for (int m = first - 1; m >= Math.max(0, first - 3); m--) {
            Token t = s.get(m);
            if (!t.word() || Vocabulary.cueStance(t).isPresent() || LINKING_VERBS.contains(t.lower())) {
                return java.util.Optional.empty();
            }
            String found = measureAt(s, m);
            if (!found.isEmpty()) {
                return java.util.Optional.of(found);
            }
            if (!BEFORE_NUMBER.contains(t.lower())) {
                boolean verb = !Vocabulary.isFunctionWord(t) && !t.capitalized()
                        && (looksLikeVerb(t) || t.lower().endsWith("s") && m == first - 1);
                return verb ? java.util.Optional.of(Vocabulary.baseForm(t.lower())) : java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static String measureAt(List<Token> s, int m) {
        if (m + 1 < s.size()) {
            String pair = MEASURES.get(s.get(m).lower() + " " + s.get(m + 1).lower());
            if (pair != null) {
                return pair;
            }
        }
        return MEASURES.getOrDefault(s.get(m).lower(), "");
    }

    /** Returns a crude singular of a plural noun; good enough to make "bridges" and "bridge" one class. */
    static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
