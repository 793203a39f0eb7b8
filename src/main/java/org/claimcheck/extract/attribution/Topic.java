package org.claimcheck.extract.attribution;

import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.claimcheck.extract.text.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.input.Span;

/**
 * The content words of a stretch of text, reduced to crude stems, so that "clashed with" and "the first
 * clashes" or "was contained" and "containment" can be seen to be about the same matter.
 */
public final class Topic {

    private static final int HYPERNYM_DEPTH = 2;

    private Topic() {
    }

    /** Returns the stems of the content words of {@code tokens} that lie inside {@code span}. */
    public static Set<String> of(List<Token> tokens, Span span) {
        Set<String> stems = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (span.contains(t.span()) && t.word() && t.text().length() > 2 && !Vocabulary.isFunctionWord(t)
                    && Vocabulary.cueStance(t).isEmpty()) {
                stems.add(stem(t.lower()));
            }
        }
        return Set.copyOf(stems);
    }

    /**
     * Returns the topic of a claim widened by the near hypernyms of its nouns, so that a denial about
     * "aircraft" meets a claim about a "helicopter". Generic kinds ("object", "person") are left out.
     */
    public static Set<String> widened(List<Token> tokens, Span span) {
        Set<String> stems = new LinkedHashSet<>(of(tokens, span));
        WordNetLexicon wordNet = WordNetLexicon.standard();
        for (Token t : tokens) {
            if (span.contains(t.span()) && t.word() && t.text().length() > 2 && !Vocabulary.isFunctionWord(t)
                    && !t.capitalized()) {
                for (String hypernym : wordNet.hypernyms(t.lower(), HYPERNYM_DEPTH)) {
                    if (!wordNet.isGeneric(hypernym)) {
                        stems.add(stem(hypernym));
                    }
                }
            }
        }
        return Set.copyOf(stems);
    }

    /** Returns how many stems the two topics share. */
    public static int shared(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) {
            if (b.contains(s)) {
                n++;
            }
        }
        return n;
    }

    static String stem(String word) {
        String w = word.replace("’", "'");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        for (String suffix : new String[] {"ments", "ment", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly", "e"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
