package org.claimcheck.facts;

/**
 * What kind of number a figure is, so that rules compare amounts and leave labels alone.
 *
 * <p>Every number the grammar finds gets a class. The first six are amounts ({@link #amount()}): they say how
 * much or how many, and rules may pit two of them against each other. The others are numbers that name or
 * place something (a rank, an age, a year, a flight): they are facts that rules can see, but a year is never
 * in numeric conflict with a death toll. Example: in "the 72-year-old pilot of Flight 512 counted 40
 * passengers on 3 June", "40" is a {@link #COUNT}, "72-year-old" an {@link #AGE}, "512" an
 * {@link #IDENTIFIER} and "3" (with "June") a {@link #DATE}.
 */
public enum NumberClass {
    /** A plain count of things or people: "40 families", "a dozen villages", "thousands". */
    COUNT(true),
    /** An amount of money: "$3bn", "€40m", "500 rupees". */
    MONEY(true),
    /** A percentage or a difference in percentage points: "57%", "15 per cent". */
    PERCENT(true),
    /** A share of a group written as a fraction, given as a percentage: "two thirds of the staff", "1 in 5", "3/4 of". */
    SHARE(true),
    /** A measurement with a unit: "22 kilometres", "2 1/4 tonnes", "41C". */
    MEASURE(true),
    /** A span of time: "31 hours", "six months". */
    DURATION(true),
    /** A rank or position: "the tenth", "21st", "the twenty-first". */
    ORDINAL(false),
    /** Someone's age: "aged 72", "five years old", "a 72-year-old". */
    AGE(false),
    /** A date or a year: "2019", "June 30", "the 1990s", "3/4/2021". */
    DATE(false),
    /** A clock time: "3:15", "10 pm", "0900 GMT". */
    TIME(false),
    /** A phone number or another code written as digits: "020-555-0143", "+44 20 7946 0958", "version 2.1.3". */
    CODE(false),
    /** A number that names something: "Flight 447", "G7", "COVID-19", "Boeing 737", a house number. */
    IDENTIFIER(false),
    /** A game's or vote's score: "won 3-1", "a 2-0 defeat". */
    SCORE(false),
    /** A number inside a compound adjective: "a 24-hour strike", "a five-storey block". */
    ATTRIBUTE(false);

    private final boolean amount;

    NumberClass(boolean amount) {
        this.amount = amount;
    }

    /** Returns whether numbers of this class say how much or how many, and may be compared with each other. */
    public boolean amount() {
        return amount;
    }

    /** Returns the amount class of a figure measured in {@code unit}: a count, money, a percentage… */
    public static NumberClass of(Unit unit) {
        return switch (unit) {
            case COUNT -> COUNT;
            case MONEY -> MONEY;
            case PERCENT -> PERCENT;
            case MEASURE -> MEASURE;
            case DURATION -> DURATION;
        };
    }
}
