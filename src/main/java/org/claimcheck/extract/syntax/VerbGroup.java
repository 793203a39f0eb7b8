package org.claimcheck.extract.syntax;

import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * A verb with its auxiliaries, negation and adverbs: "had not been independently verified", "could not
 * confirm", "to have been paid", "will resign". Token indexes are document-wide.
 *
 * @param index       0-based position in the {@code VERB_GROUPS} layer
 * @param sentence    index of the sentence holding the group
 * @param span        from the first token's start to the last token's end
 * @param first       index of the first token ("to" of an infinitive, a leading "never")
 * @param last        index of the last token
 * @param head        index of the main verb, or of the last auxiliary when there is none ("was" in "was not
 *                    present")
 * @param lemma       the head's lemma ("verify")
 * @param negated     whether "not", "never" or "n't" is inside ("cannot" counts)
 * @param modal       the lemma of the modal ("can", "could", "will"), or "" when there is none
 * @param tense       the tense of the first finite verb; {@link Tense#PRESENT} for an infinitive
 * @param voice       passive when a form of "be" is the last auxiliary before a head in a past form
 *                    (spelling differs from the lemma, no -ing or -s: "was put" reads active)
 * @param perfect     whether a form of "have" is an auxiliary here ("has denied")
 * @param progressive whether a form of "be" comes before an "-ing" head ("was seeking")
 * @param infinitive  whether the group opens with the infinitive marker "to"
 */
public record VerbGroup(int index, int sentence, Span span, int first, int last, int head, String lemma,
        boolean negated, String modal, Tense tense, Voice voice, boolean perfect, boolean progressive,
        boolean infinitive) {

    /**
     * Validates the group.
     *
     * @throws IllegalArgumentException when an index is negative or the head lies outside first..last
     * @throws NullPointerException     when the span, lemma, modal, tense or voice is null
     */
    public VerbGroup {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(modal, "modal");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(voice, "voice");
        Chunks.checkRange(index, sentence, first, head, last);
    }

    /** Tells whether the token with document-wide index {@code token} lies in the group. */
    public boolean covers(int token) {
        return first <= token && token <= last;
    }
}
