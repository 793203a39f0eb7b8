package org.claimcheck.facts;

/** What kind of party a source is. */
public enum SourceKind {
    /** A named or described person: "Health Minister Ana Ruiz", "a police spokesman". */
    PERSON,
    /** An organisation or group: "the health ministry", "rebels", "police". */
    ORGANIZATION,
    /** The text does not tell. */
    UNKNOWN
}
