package org.claimcheck.extract.syntax;

/** What kind of clause a {@link Clause} is. */
public enum ClauseKind {
    /** The sentence itself, or the reporting frame of "…, the ministry said". */
    MAIN,
    /** Opened by "that" or "whether", after a verb or a noun: "said that the toll had risen", "reports that…". */
    THAT_COMPLEMENT,
    /** Reported content without a marker: "said the toll had risen", or the fronted content of "…, X said". */
    REPORTED,
    /** Words between quotation marks. */
    QUOTATION,
    /** Opened by a relative pronoun after a noun: "the men, who were arrested on Monday, …". */
    RELATIVE,
    /** An "-ing" verb without auxiliary after a comma: "…, killing 12 people". */
    PARTICIPIAL,
    /** Opened by a subordinator: "because the road was cut". */
    ADVERBIAL,
    /** A second clause with its own subject after a coordinator: "… and the mayor denied the report". */
    COORDINATE,
    /** Opened by infinitive "to": "to cut their use". */
    INFINITIVAL
}
