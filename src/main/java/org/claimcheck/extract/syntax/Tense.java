package org.claimcheck.extract.syntax;

/** The tense of a verb group, read from its first verb. */
public enum Tense {
    /** "said", "had been verified", "could not confirm". */
    PAST,
    /** "says", "has denied", "cannot confirm"; also every infinitive group. */
    PRESENT,
    /** "will resign", "won't say". */
    FUTURE
}
