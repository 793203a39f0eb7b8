package org.claimcheck.extract.attribution;

import java.util.Objects;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;
import org.claimcheck.input.Span;

/**
 * Reporting words with the stance they express once negation, voice and modality are read: "said",
 * "could not confirm" (cannot confirm), "had not been independently verified" (unverified), "according to".
 *
 * @param index 0-based position among the document's cues
 * @param sentence index of the sentence
 * @param first document-wide index of the cue's first token, negation and auxiliaries included
 *     ("could" in "could not confirm")
 * @param head document-wide index of the reporting word itself ("confirm")
 * @param span the cue's words, from {@code first} to {@code head}
 * @param stance the stance the cue expresses
 * @param form how the cue is built, which says where its speaker and content are
 */
public record ReportingCue(int index, int sentence, int first, int head, Span span, Stance stance, ClaimForm form) {

    /**
     * Validates the cue.
     *
     * @throws IllegalArgumentException when {@code first} comes after {@code head}
     */
    public ReportingCue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(form, "form");
        if (first > head) {
            throw new IllegalArgumentException("first " + first + " is after head " + head);
        }
    }
}
