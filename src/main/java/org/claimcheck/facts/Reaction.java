package org.claimcheck.facts;

/**
 * One claim answers another: a denial, a "cannot confirm" or a not-verified flag linked to the claim it
 * is about.
 *
 * <p>Example: "The rebels said they downed a drone. The army denied that any drone was lost." gives
 * {@code Reaction(claim 1, response 2)}.
 *
 * @param document id of the document
 * @param claim id of the {@link Claim} being answered
 * @param response id of the answering {@link Claim}
 * @param sharedWords how many content words the two share; 0 when the link rests on "the claim"-style
 *     pointers or on position
 * @param matter id of the earliest answering claim of the same matter: every denial (or every doubt) and
 *     every claim joined through the links they share carry it, so one finding can cite them all
 */
public record Reaction(String document, int claim, int response, int sharedWords, int matter) {
}
