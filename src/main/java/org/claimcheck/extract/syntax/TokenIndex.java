package org.claimcheck.extract.syntax;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * For each token, the chunk of one layer that covers it, starts at it or ends at it: arrays built once per
 * document in one pass over the chunks, so every look-up is O(1).
 */
final class TokenIndex {

    private final int[] covering;
    private final int[] starting;
    private final int[] ending;

    private TokenIndex(int tokens) {
        covering = new int[tokens];
        starting = new int[tokens];
        ending = new int[tokens];
        Arrays.fill(covering, -1);
        Arrays.fill(starting, -1);
        Arrays.fill(ending, -1);
    }

    /**
     * Indexes a layer of non-overlapping chunks.
     *
     * @param tokens how many tokens the document has
     * @param chunks the layer, in order; a chunk's index is its position
     * @param first  a chunk's first token
     * @param last   a chunk's last token
     */
    static <T> TokenIndex of(int tokens, List<T> chunks, ToIntFunction<T> first, ToIntFunction<T> last) {
        TokenIndex index = new TokenIndex(tokens);
        for (int c = 0; c < chunks.size(); c++) {
            int from = first.applyAsInt(chunks.get(c));
            int to = last.applyAsInt(chunks.get(c));
            index.starting[from] = c;
            index.ending[to] = c;
            for (int t = from; t <= to; t++) {
                index.covering[t] = c;
            }
        }
        return index;
    }

    /** Returns the chunk covering the token, or -1. */
    int covering(int token) {
        return token >= 0 && token < covering.length ? covering[token] : -1;
    }

    /** Returns the chunk whose first token this is, or -1. */
    int starting(int token) {
        return token >= 0 && token < starting.length ? starting[token] : -1;
    }

    /** Returns the chunk whose last token this is, or -1. */
    int ending(int token) {
        return token >= 0 && token < ending.length ? ending[token] : -1;
    }
}
