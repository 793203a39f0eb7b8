package org.claimcheck.extract.attribution;

/**
 * A party's reaction to an earlier claim: a denial, a "cannot confirm" or a not-verified flag, linked to
 * the claim it answers.
 *
 * @param attribution index of the reacting attribution (denial, cannot-confirm, unverified)
 * @param target index of the attribution holding the claim it answers
 * @param sharedWords how many content words the two share; 0 when the link rests on a pointer such as
 *     "the claim"
 * @param matter index of the earliest reaction of the same matter: reactions of one kind joined through
 *     the claims they share (see {@link ResponseLinker})
 */
public record Response(int attribution, int target, int sharedWords, int matter) {

    /** A link whose matter is not known yet: its own reaction. */
    public Response(int attribution, int target, int sharedWords) {
        this(attribution, target, sharedWords, attribution);
    }
}
