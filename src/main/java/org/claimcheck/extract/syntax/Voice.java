package org.claimcheck.extract.syntax;

/** The voice of a verb group. */
public enum Voice {
    /** The subject acts: "police arrested three men". */
    ACTIVE,
    /** A form of "be" before a past participle: "three men were arrested", "was rumoured". */
    PASSIVE
}
