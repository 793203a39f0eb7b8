package org.claimcheck.extract.attribution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.data.POS;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.input.Span;

/**
 * The content words of a stretch of text, reduced to crude stems, so that "clashed with" and "the first
 * clashes" or "was contained" and "containment" can be seen to be about the same matter.
 */
public final class Topic {

    private static final int HYPERNYM_DEPTH = 2;

    private Topic() {
    }

    /**
     * Returns the stems of the content words of {@code tokens} (in text order) that lie inside {@code span}.
     * Only the tokens inside the span are visited.
     */
    public static Set<String> of(List<Token> tokens, Span span) {
        Set<String> stems = new LinkedHashSet<>();
        for (Token t : TokenWindows.within(tokens, span)) {
            if (t.word() && t.text().length() > 2 && !Vocabulary.isFunctionWord(t)
                    && Vocabulary.cueStance(t).isEmpty()) {
                stems.add(stem(t.lower()));
                if (Vocabulary.looksLikeVerb(t.lower())) {
                    // the base form too, so that "fired" meets the synonym "fire" of "sacked"
                    stems.add(stem(WordNetLexicon.standard().baseForm(t.lower(), POS.VERB)));
                }
            }
        }
        return Set.copyOf(stems);
    }

    /**
     * Returns the topic of a claim widened by the near hypernyms of its nouns and the synonyms of its verbs,
     * so that a denial about "aircraft" meets a claim about a "helicopter" and "was fired" meets "had been
     * sacked". Generic kinds ("object", "person") are left out.
     */
    public static Set<String> widened(List<Token> tokens, Span span) {
        Set<String> stems = new LinkedHashSet<>(of(tokens, span));
        WordNetLexicon wordNet = WordNetLexicon.standard();
        for (Token t : TokenWindows.within(tokens, span)) {
            if (t.word() && t.text().length() > 2 && !Vocabulary.isFunctionWord(t) && !t.capitalized()) {
                for (String hypernym : wordNet.hypernyms(t.lower(), HYPERNYM_DEPTH)) {
                    if (!wordNet.isGeneric(hypernym)) {
                        stems.add(stem(hypernym));
                    }
                }
                if (Vocabulary.looksLikeVerb(t.lower())) {
                    // "sacked" meets "fired", "died" meets "passed away"
                    wordNet.verbSynonyms(t.lower()).forEach(synonym -> stems.add(stem(synonym)));
                }
            }
        }
        return Set.copyOf(stems);
    }

    /**
     * Returns the names inside {@code span}, lower-cased: capitalized content words that do not open a
     * sentence ("Cosby", "Ebola"). Two claims naming the same one are likely about one matter even when
     * they share no other word. {@code tokens} must be the document's whole token list.
     */
    public static Set<String> names(List<Token> tokens, Span span) {
        Set<String> names = new LinkedHashSet<>();
        for (Token t : TokenWindows.within(tokens, span)) {
            boolean opensSentence = t.index() == 0 || tokens.get(t.index() - 1).sentence() != t.sentence();
            if (t.word() && t.capitalized() && !opensSentence && !Vocabulary.isFunctionWord(t)) {
                names.add(stem(t.lower()));
            }
        }
        return Set.copyOf(names);
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
