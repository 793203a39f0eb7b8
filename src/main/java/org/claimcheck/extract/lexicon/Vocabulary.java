package org.claimcheck.extract.lexicon;

import java.util.HashSet;
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
    static final Map<String, String> IRREGULAR_PAST = WordList.loadGroups("lexicon/irregular-verbs.txt");
    public static final Map<String, Set<String>> SOURCE_WORDS = WordList.loadKinds("lexicon/source-words.txt");
    public static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "cannot", "unable", "no", "neither", "nor",
            "declined", "refused", "failed");

    private Vocabulary() {
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
