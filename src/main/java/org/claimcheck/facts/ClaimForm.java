package org.claimcheck.facts;

/** How a claim is made, which decides where its speaker and its content are: a reporting verb, a claim noun, a verdict… */
public enum ClaimForm {
    /** A reporting verb with a subject: "the ministry said", "…, police said", "denied that…". */
    VERB,
    /** A passive reporting verb with no agent: "could not be independently verified". */
    PASSIVE,
    /** A sentence adverb: "reportedly", "allegedly". */
    ADVERB,
    /** "according to X". */
    ACCORDING_TO,
    /** A participle and "by": "figures published by X". */
    PASSIVE_BY,
    /** A claim noun with its own clause, the claim itself: "reports that…", "rumours of…". */
    NOUN,
    /** A verdict given as a predicate on what it judges: "… are false", "called it a hoax", "still unconfirmed". */
    PREDICATE
}
