package org.claimcheck.extract.syntax;

import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * A preposition with its object noun phrase and what the phrase attaches to: "of a family", "in Aleppo",
 * "according to the ministry".
 *
 * @param index        0-based position in the {@code PREPOSITIONAL_PHRASES} layer
 * @param sentence     index of the sentence holding the phrase
 * @param span         from the preposition to the end of its object (the preposition alone when it has none)
 * @param preposition  document-wide index of the preposition's first token
 * @param lemma        the preposition in lower case; two words for a two-word preposition ("according to")
 * @param object       index of the object in the {@code NOUN_PHRASES} layer, or -1
 * @param attachment   what the phrase modifies
 * @param attachedTo   index of that noun phrase or verb group in its layer, or -1 for {@link Attachment#NONE}
 */
public record PrepositionalPhrase(int index, int sentence, Span span, int preposition, String lemma, int object,
        Attachment attachment, int attachedTo) {

    /**
     * Validates the phrase.
     *
     * @throws IllegalArgumentException when an index is negative where it may not be, or {@code attachedTo}
     *                                  disagrees with {@code attachment}
     * @throws NullPointerException     when the span, lemma or attachment is null
     */
    public PrepositionalPhrase {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(attachment, "attachment");
        Chunks.checkRange(index, sentence, preposition, preposition, preposition);
        if (object < -1) {
            throw new IllegalArgumentException("object must be >= -1, was " + object);
        }
        if ((attachment == Attachment.NONE) != (attachedTo == -1) || attachedTo < -1) {
            throw new IllegalArgumentException("attachedTo must be -1 exactly when attachment is NONE, was "
                    + attachedTo + " for " + attachment);
        }
    }
}
