package org.claimcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.input.Span;

/**
 * Reads what a number counts from the words around it: the noun phrase after it ("87 people", "7,412
 * civilian deaths", "54 percent of the vote"), a noun before it ("put the turnout at 12,000", "the total
 * number of troops could be around 11,000") and the verb that says what happened ("had been killed",
 * "killed 38 people").
 */
final class CountedThingReader {

    static final Map<String, String> MEASURES = WordList.loadGroups("measures.txt");
    private static final Set<String> AUXILIARIES = Vocabulary.words("had", "has", "have", "been", "were", "was", "are",
            "is", "be", "being", "also", "reportedly", "still", "would", "will", "could", "may", "might", "now", "then",
            "all", "already", "either", "both", "so", "far", "later", "subsequently", "allegedly", "who", "that");
    private static final Set<String> PERSON_MEASURES = Vocabulary.words("killed", "injured", "missing", "displaced",
            "trapped", "rescued", "arrested", "hospitalised", "attended");

    /**
     * What was read for one number.
     *
     * @param span the thing's words, or an empty span
     * @param thing the thing's class, or empty
     * @param modifiers the words qualifying it
     * @param measure the measure, or empty
     */
    record Reading(Span span, String thing, List<String> modifiers, String measure) {
    }

    private CountedThingReader() {
    }

    /**
     * Reads the thing counted by the number occupying tokens {@code first..last} of sentence {@code s}.
     */
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
        String measure = "";
        List<String> modifiers = new ArrayList<>();
        Span span = new Span(s.get(last).span().end(), s.get(last).span().end());
        if (end > k) {
            span = s.get(k).span().union(s.get(end - 1).span());
            int head = headIndex(s, k, end);
            String headWord = s.get(head).lower();
            measure = MEASURES.getOrDefault(headWord, "");
            thing = CountedThings.classOf(headWord).orElse(measure.isEmpty() ? singular(headWord) : "");
            for (int m = k; m < head; m++) {
                modifiers.add(s.get(m).lower());
            }
            if (thing.isEmpty() && !modifiers.isEmpty()) {
                String modifier = modifiers.get(modifiers.size() - 1);
                thing = CountedThings.classOf(modifier).orElse(singular(modifier));
            }
            if (headWord.equals("refugees") || headWord.equals("evacuees") || headWord.equals("turnout")) {
                thing = CountedThings.classOf(headWord).orElse(thing);
            }
        } else {
            String before = nounBefore(s, first);
            if (!before.isEmpty()) {
                thing = CountedThings.classOf(before).orElse("");
                measure = MEASURES.getOrDefault(before, "");
                if (thing.isEmpty() && !measure.isEmpty()) {
                    thing = PERSON_MEASURES.contains(measure) ? "people" : "";
                }
            }
        }
        if (measure.isEmpty() || measure.equals("infected") && !thing.equals("case")) {
            String verb = measureAfter(s, Math.max(end, last + 1));
            measure = verb.isEmpty() ? measureBefore(s, first) : verb;
        } else if (measure.equals("infected") || measure.equals("attended") || measure.equals("displaced")) {
            String verb = measureAfter(s, Math.max(end, last + 1));
            measure = verb.isEmpty() ? measure : verb;
        }
        if (thing.isEmpty() && PERSON_MEASURES.contains(measure) && number.unit() == Unit.COUNT) {
            thing = "people";
        }
        return new Reading(span, thing, modifiers, measure);
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
        String w = t.lower();
        return (w.endsWith("ed") || w.endsWith("ing")) && CountedThings.classOf(w).isEmpty() && !w.endsWith("eed");
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
        for (int m = first - 1; m >= Math.max(0, first - 9); m--) {
            Token t = s.get(m);
            String w = t.lower();
            if (t.is(',') || t.is(';') || w.equals("that") || Vocabulary.cueStance(t).isPresent()) {
                break;
            }
            if (CountedThings.classOf(w).isPresent() || MEASURES.containsKey(w) && !looksLikeVerb(t)) {
                return w;
            }
        }
        return "";
    }

    private static String measureAfter(List<Token> s, int k) {
        int m = k;
        while (m < s.size() && AUXILIARIES.contains(s.get(m).lower())) {
            m++;
        }
        return m < s.size() && m - k <= 4 ? measureAt(s, m) : "";
    }

    private static String measureBefore(List<Token> s, int first) {
        for (int m = first - 1; m >= Math.max(0, first - 3); m--) {
            Token t = s.get(m);
            if (!t.word()) {
                return "";
            }
            String found = measureAt(s, m);
            if (!found.isEmpty()) {
                return found;
            }
            if (!Set.of("the", "a", "an", "to", "its", "their", "another", "some", "about").contains(t.lower())) {
                return "";
            }
        }
        return "";
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
