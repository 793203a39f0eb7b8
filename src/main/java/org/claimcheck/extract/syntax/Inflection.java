package org.claimcheck.extract.syntax;

/**
 * What English spelling tells about a verb form once its lemma is known. These are orthographic rules, not
 * words: the UD tags say "verb" but not which form.
 */
final class Inflection {

    private static final String PRESENT_PARTICIPLE = "ing";
    private static final String THIRD_PERSON = "s";

    private Inflection() {
    }

    /** Tells whether a lower-case verb form is an "-ing" form of a different lemma ("seeking", "killing"). */
    static boolean presentParticiple(String lower, String lemma) {
        return lower.endsWith(PRESENT_PARTICIPLE) && !lower.equals(lemma);
    }

    /**
     * Tells whether a lower-case verb form is a past form: it differs from its lemma and is neither an "-ing"
     * form nor a third-person "-s" ("said", "denied", "rose", "verified"). Forms identical to their lemma
     * ("put", "cut") read as present.
     */
    static boolean past(String lower, String lemma) {
        return !lower.equals(lemma) && !lower.endsWith(PRESENT_PARTICIPLE) && !lower.endsWith(THIRD_PERSON);
    }
}
