package org.claimcheck.facts;

import java.util.Set;
import org.claimcheck.input.Span;

/**
 * An attribution: a party reports something, with a stance toward it.
 *
 * <p>Example: "The ministry denied that any aircraft had been lost" gives {@code Claim(stance DENIED,
 * sourceName "The ministry", text "denied that any aircraft had been lost")}; "the claim could not be
 * independently verified" gives a claim with stance {@code UNVERIFIED} and no source.
 *
 * @param document id of the document
 * @param id 1-based identifier within the document
 * @param sentence index of the sentence
 * @param span the reporting words and what is reported: the claim as quoted evidence
 * @param text the text at {@code span}
 * @param cue the reporting words alone ("said", "could not confirm", "according to")
 * @param form how the claim is made: a reporting verb ("said"), a passive ("is said to", "could not be
 *     verified"), an adverb ("reportedly"), "according to", a claim noun ("reports that…"), a verdict ("is
 *     false")
 * @param stance asserted, claimed, confirmed, cannot-confirm, unverified, denied or hedged
 * @param anaphoric whether the claim only points back to another ("rejected the claim")
 * @param source id of the speaking {@link Source}, or 0 when nobody is named
 * @param sourceName the speaker's name, or empty
 * @param sourceKind what kind of party speaks: a person, an organisation, hearsay ("rumours", "reports"),
 *     an anonymous source ("a source close to…"); unknown when nobody is named
 * @param family the speaker's family id, or 0
 * @param topic the stems of the content words of what is reported ("clash", "border", "troop"), for
 *     telling whether two claims are about the same matter
 */
public record Claim(String document, int id, int sentence, Span span, String text, Span cue, ClaimForm form,
        Stance stance, boolean anaphoric, int source, String sourceName, SourceKind sourceKind, int family,
        Set<String> topic) implements Cited {

    /** How many content words two claims must share to be about the same matter. */
    public static final int SAME_MATTER = 3;

    /** Copies the topic. */
    public Claim {
        topic = Set.copyOf(topic);
    }

    /** Returns whether the two claims share enough content words to be about the same matter. */
    public boolean sameMatterAs(Claim other) {
        return topic.stream().filter(other.topic::contains).count() >= SAME_MATTER;
    }
}
