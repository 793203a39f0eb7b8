package org.claimcheck.extract.attribution;

import java.util.Set;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;
import org.claimcheck.input.Span;

/**
 * One act of reporting in a sentence: who says what, and how they stand toward it.
 *
 * @param index 0-based position among the document's attributions
 * @param sentence index of the sentence
 * @param cue the reporting words, with any negation: "said", "could not confirm", "according to"
 * @param stance the stance the cue expresses
 * @param form how the cue is built: a reporting verb, a claim noun ("reports that…"), a verdict ("is
 *     false"), …
 * @param speaker the phrase naming who speaks ("Health Minister Ana Ruiz", "he"); empty when nobody is
 *     named ("could not be independently verified", "reportedly")
 * @param speakerDetail an apposition or relative clause describing the speaker ("a spokeswoman for the
 *     state health secretariat"); empty when none
 * @param content what is reported; may be empty when the cue stands alone
 * @param anaphoric whether the content only points back to an earlier claim ("rejected the claim",
 *     "could not confirm these reports") instead of stating one
 * @param topic the stems of the content words of what is reported (see {@link Topic#of}), for telling whether
 *     two claims are about the same matter
 */
public record Attribution(int index, int sentence, Span cue, Stance stance, ClaimForm form, Span speaker, Span speakerDetail,
        Span content, boolean anaphoric, Set<String> topic) {

    /** Copies the topic. */
    public Attribution {
        topic = Set.copyOf(topic);
    }

    /** Returns whether a speaker is named. */
    public boolean hasSpeaker() {
        return speaker.length() > 0;
    }

    /** Returns the span from the cue or content start to the content end: the claim as quoted evidence. */
    public Span claimSpan() {
        return content.length() == 0 ? cue : cue.union(content);
    }
}
