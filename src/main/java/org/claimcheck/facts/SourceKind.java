package org.claimcheck.facts;

/** What kind of party a source is. */
public enum SourceKind {
    /** A named or described person: "Health Minister Ana Ruiz", "a police spokesman". */
    PERSON,
    /** An organisation or group: "the health ministry", "rebels", "police". */
    ORGANIZATION,
    /** A claim standing for its unnamed source: "reports", "rumours", "a story circulating online". */
    HEARSAY,
    /** A source the text will not name: "a source close to the club", "insiders", "social media users". */
    ANONYMOUS,
    /** The text does not tell. */
    UNKNOWN
}
