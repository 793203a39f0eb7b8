package org.claimcheck.extract.quantity;

/**
 * One end of a number phrase as read so far: an optional currency or unit before, the number, an optional
 * scale word and an optional unit after.
 *
 * @param start index of the first token (the currency symbol when there is one)
 * @param number index of the number's first token
 * @param end index just past the last token read
 * @param value the number with its scale applied
 * @param scale the scale multiplier that closed the number ("million"), 1 when none
 * @param numeral the digits token, or null when the number is spelled in words
 * @param unit the unit or currency read with the number, or null for a plain count
 * @param loneOne whether the number is the single word "one", which is more often a pronoun than a count
 * @param impliedOne whether the number is a bare scale word standing for one ("hundred" after "a few")
 */
record Amount(int start, int number, int end, double value, double scale, QuantityToken numeral, Lexicon.UnitWord unit,
        boolean loneOne, boolean impliedOne) {

    /** Returns whether this is bare digits without separators, scale or unit: what years and codes look like. */
    boolean bareInteger() {
        return numeral != null && scale == 1 && unit == null && !numeral.grouped() && !numeral.decimal();
    }

    /** Returns whether the number could be a day of the month. */
    boolean dayLike() {
        return bareInteger() && numeral.digitCount() <= 2 && value >= 1 && value <= 31;
    }

    /** Returns whether the number could be a year. */
    boolean yearLike() {
        return bareInteger() && numeral.digitCount() == 4 && value >= 1800 && value <= 2100;
    }

    /** Returns the same amount below zero, with the sign's tokens included: "-4", "minus 5". */
    Amount negated() {
        return new Amount(start, number, end, -value, scale, numeral, unit, loneOne, impliedOne);
    }

    /** Returns a copy with the value scaled, for the first end of "between 1.5 and 2 million". */
    Amount scaledBy(double factor, double newValue) {
        return new Amount(start, number, end, newValue, factor, numeral, unit, loneOne, impliedOne);
    }
}
