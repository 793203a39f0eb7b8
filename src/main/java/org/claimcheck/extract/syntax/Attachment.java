package org.claimcheck.extract.syntax;

/** What a prepositional phrase modifies. */
public enum Attachment {
    /** A noun phrase: "six members of a family". */
    NOUN,
    /** A verb group: "killed in Aleppo on Monday". */
    VERB,
    /** Nothing inside its clause: a sentence adverbial ("On Monday, …", "…, according to the ministry"). */
    NONE
}
