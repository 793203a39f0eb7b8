package org.claimcheck.extract.lexicon;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.text.Token;
import org.claimcheck.facts.Stance;

/**
 * The word lists extraction stages share, loaded once from resources.
 */
public final class Vocabulary {

    static final Set<String> FUNCTION_WORDS = Set.copyOf(WordList.load("lexicon/function-words.txt"));
    static final Map<String, String> CUES = WordList.loadGroups("lexicon/reporting-cues.txt");
    /** The cues of more than one word, keyed by their words with the first as a lemma. */
    static final Map<String, String> CUE_PHRASES = phrases(CUES);
    static final Map<String, String> IRREGULAR_PAST = WordList.loadGroups("lexicon/irregular-verbs.txt");
    public static final Map<String, Set<String>> SOURCE_WORDS = WordList.loadKinds("lexicon/source-words.txt");
    static final Map<String, Set<String>> CLAIM_WORDS = WordList.loadKinds("lexicon/claim-words.txt");
    public static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "cannot", "unable", "no", "neither", "nor",
            "declined", "refused", "failed");

    private Vocabulary() {
    }

    private static Map<String, String> phrases(Map<String, String> cues) {
        Map<String, String> phrases = new java.util.LinkedHashMap<>();
        cues.forEach((cue, stance) -> {
            if (cue.contains(" ")) {
                phrases.put(cue, stance);
            }
        });
        return Map.copyOf(phrases);
    }

    /** Whether the word looks like a past tense or participle: "-ed", "-ing", or an irregular form. */
    public static boolean looksLikeVerb(String lowerWord) {
        return lowerWord.endsWith("ed") && !lowerWord.endsWith("eed") || lowerWord.endsWith("ing")
                || IRREGULAR_PAST.containsKey(lowerWord);
    }

    /** Returns the base form of an irregular past ("sank", "sunk" → "sink"); other words unchanged. */
    public static String baseForm(String lowerWord) {
        return IRREGULAR_PAST.getOrDefault(lowerWord, lowerWord);
    }

    public static boolean isFunctionWord(Token token) {
        return FUNCTION_WORDS.contains(token.lower());
    }

    /** Whether the word, possessive or not ("agency's"), is a source word of the given kind. */
    public static boolean isSourceWord(Token token, String kind) {
        return isSourceWord(token.lower(), kind);
    }

    /** Whether the lower-case word, possessive or not, is a source word of the given kind. */
    public static boolean isSourceWord(String word, String kind) {
        return SOURCE_WORDS.getOrDefault(withoutPossessive(word), Set.of()).contains(kind);
    }

    /** Returns the word without a possessive ending: "agency's" becomes "agency". */
    public static String withoutPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }

    /**
     * Whether the lemma is a claim word of the given kind: CLAIM, PROPOSITION, FALSE, TRUE, DOUBT or LABEL
     * (see {@code lexicon/claim-words.txt}).
     */
    public static boolean isClaimWord(String lemma, String kind) {
        return CLAIM_WORDS.getOrDefault(lemma, Set.of()).contains(kind);
    }

    /**
     * Returns the stance of a reporting phrase starting at a verb of this lemma and going on with these
     * lower-case words, when {@code lexicon/reporting-cues.txt} lists one ("take issue with", "call into
     * question"), with the number of words it spans.
     */
    public static java.util.Optional<java.util.Map.Entry<Stance, Integer>> cuePhrase(String lemma, List<String> next) {
        for (Map.Entry<String, String> phrase : CUE_PHRASES.entrySet()) {
            String[] words = phrase.getKey().split(" ");
            if (!words[0].equals(lemma) || words.length - 1 > next.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = words[k].equals(next.get(k - 1));
            }
            if (all) {
                return java.util.Optional.of(Map.entry(Stance.valueOf(phrase.getValue()), words.length));
            }
        }
        return java.util.Optional.empty();
    }

    public static java.util.Optional<Stance> cueStance(Token token) {
        return java.util.Optional.ofNullable(CUES.get(token.lower())).map(Stance::valueOf);
    }

    public static Set<String> words(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(set);
    }
}
