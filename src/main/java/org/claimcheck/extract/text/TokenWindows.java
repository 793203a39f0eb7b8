package org.claimcheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.input.Span;

/**
 * Views of the token layer that several stages share: tokens grouped by sentence, and the small word
 * classes (time words) that bound phrases.
 */
public final class TokenWindows {

    private static final Set<String> TIME_WORDS = Vocabulary.words("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "day",
            "today", "yesterday", "month", "year", "overnight");

    private TokenWindows() {
    }

    /** Returns the tokens of each sentence, one list per sentence in order. */
    public static List<List<Token>> bySentence(AnnotatedDocument document) {
        int count = document.get(SentenceSplitter.SENTENCES).size();
        List<List<Token>> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(new ArrayList<>());
        }
        for (Token token : document.get(Tokenizer.TOKENS)) {
            sentences.get(token.sentence()).add(token);
        }
        return sentences;
    }

    /** Returns whether the token names a day, part of a day or a calendar period. */
    public static boolean isTimeWord(Token token) {
        return TIME_WORDS.contains(token.lower());
    }

    /**
     * Returns the tokens lying inside {@code span}, found by binary search in {@code tokens}, which must be in
     * text order (a document's token layer, or a sentence of it): O(log n) plus the tokens returned.
     */
    public static List<Token> within(List<Token> tokens, Span span) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < tokens.size() && tokens.get(end).span().end() <= span.end()) {
            end++;
        }
        return tokens.subList(lo, end);
    }

    /**
     * Returns the index of the token covering {@code offset}, else of the last token before it (the first token when none is),
     * by binary search in the document's tokens: O(log n). A span need not start on a token ("$5m" holds "5m").
     */
    public static int indexAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return tokens.isEmpty() ? -1 : tokens.get(found).index();
    }
}
