package org.claimcheck.extract.syntax;

import java.util.List;
import org.claimcheck.input.Span;

/** Checks and spans shared by the chunk records and stages. */
final class Chunks {

    private Chunks() {
    }

    /**
     * Validates the indexes of a chunk.
     *
     * @throws IllegalArgumentException naming the field, when an index is negative or the head lies outside
     *                                  first..last
     */
    static void checkRange(int index, int sentence, int first, int head, int last) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, was " + sentence);
        }
        if (first < 0) {
            throw new IllegalArgumentException("first must be >= 0, was " + first);
        }
        if (last < first) {
            throw new IllegalArgumentException("last must be >= first (" + first + "), was " + last);
        }
        if (head < first || head > last) {
            throw new IllegalArgumentException("head must be in " + first + ".." + last + ", was " + head);
        }
    }

    /**
     * Returns the span from the start of token {@code first} to the end of token {@code last}; indexes are
     * document-wide and the tagged words are the whole {@code TAGGED} layer.
     */
    static Span span(List<TaggedWord> words, int first, int last) {
        return new Span(words.get(first).span().start(), words.get(last).span().end());
    }

    /** Returns the index just past the last word of the sentence that starts at {@code start}. */
    static int sentenceEnd(List<TaggedWord> words, int start) {
        int end = start + 1;
        while (end < words.size() && words.get(end).sentence() == words.get(start).sentence()) {
            end++;
        }
        return end;
    }
}
