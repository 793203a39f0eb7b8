package org.claimcheck.extract.time;

/** What a time expression scopes a figure to. */
public enum TimeKind {
    /** One day, named or counted from today: "on Sunday", "yesterday", "March 3". */
    DAY,
    /** A stretch of time up to now: "this week", "in the past 24 hours", "last month". */
    STRETCH,
    /** Everything since a starting point: "since 2011", "since the war began". */
    SINCE
}
