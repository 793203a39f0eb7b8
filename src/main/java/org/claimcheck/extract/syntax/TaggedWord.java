package org.claimcheck.extract.syntax;

import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * One token with its part of speech and lemma; the {@code TAGGED} layer has one per token, in token order.
 *
 * @param index    the token's document-wide index, as in {@code Token.index()}
 * @param span     the token's characters
 * @param sentence index of the sentence holding the token
 * @param tag      the universal part of speech
 * @param lemma    the lower-case base form ("said" → "say", "ministry's" → "ministry"); a name, number or mark
 *                 is its lower-cased self
 */
public record TaggedWord(int index, Span span, int sentence, PartOfSpeech tag, String lemma) {

    /**
     * Validates the word.
     *
     * @throws IllegalArgumentException when an index is negative
     * @throws NullPointerException     when a component is null
     */
    public TaggedWord {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, was " + sentence);
        }
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(lemma, "lemma");
    }

    /** Tells whether the word has the given tag. */
    public boolean is(PartOfSpeech partOfSpeech) {
        return tag == partOfSpeech;
    }
}
