package org.claimcheck.facts;

/**
 * What a number phrase measures, as far as the words around the number say.
 *
 * <p>The grammar picks the unit from the words it reads (a currency symbol, "percent", "kilometres",
 * "hours"); it never guesses from the counted noun, so "40 families" and "40 flights" are both
 * {@link #COUNT}.
 */
public enum Unit {
    /** A plain count of things or people: "40 families", "a dozen villages", "thousands". */
    COUNT,
    /** A percentage or a difference in percentage points: "57%", "15 per cent", "2 percentage points". */
    PERCENT,
    /** An amount of money with a currency symbol, code or word: "$3bn", "€40m", "500 rupees". */
    MONEY,
    /** A physical measurement: length, mass, area, speed, temperature, earthquake magnitude and the like. */
    MEASURE,
    /** A span of time: "31 hours", "six months", "26 weeks"; never a clock time or a date. */
    DURATION
}
