package org.claimcheck.facts;

/**
 * How a party stands toward what it reports: the closed set rules compare against.
 */
public enum Stance {
    /** Stated as fact: "the agency said 40 people died". */
    ASSERTED,
    /** Put forward as the party's own claim: "the group claimed responsibility". */
    CLAIMED,
    /** Affirmed by a party, usually about another's claim: "the army confirmed its troops had withdrawn". */
    CONFIRMED,
    /** A party says it cannot confirm: "the ministry could not confirm the reports". */
    CANNOT_CONFIRM,
    /** Flagged as not independently verified: "the claim could not be independently verified". */
    UNVERIFIED,
    /** Denied or rejected: "the company denied that any workers had been hurt". */
    DENIED,
    /** Hedged or projected: "officials believe", "could rise to", "reportedly". */
    HEDGED,
    /** Only true if a condition holds: "if the dam breaks, up to 2,400 people...". */
    CONDITIONAL
}
