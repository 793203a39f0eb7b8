package org.claimcheck.extract.quantity;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One token of the text as the quantity grammar reads it: a run of letters, an ASCII numeral with optional
 * thousands separators and decimals, or a single other character.
 *
 * <p>Whitespace is never a token; whether two tokens touch ({@link #touches}) is what tells "40-60" from
 * "40 - 60" and "G7" from "G 7".
 *
 * @param kind what the token is made of
 * @param start offset of the first character in the text
 * @param end offset just past the last character
 * @param text the characters as written
 * @param lower the characters in lower case, for case-insensitive matching
 */
record QuantityToken(Kind kind, int start, int end, String text, String lower) {

    /** The characters a numeral may group its thousands with: a comma, and the no-break and thin spaces. */
    static final String GROUP_SEPARATORS = ",\u00A0\u2009\u202F";

    /** The three shapes a token can have. */
    enum Kind {
        /** Letters, with inner apostrophes ("o'clock", "Italy's"). */
        WORD,
        /**
         * ASCII digits, optionally grouped by commas in threes and followed by a decimal part and a scientific
         * exponent ("1.2e6").
         */
        NUMERAL,
        /** Any other single character: punctuation, symbols, dashes. */
        SYMBOL
    }

    /** Creates a token, deriving the lower-case form. */
    static QuantityToken of(Kind kind, int start, int end, String text) {
        return new QuantityToken(kind, start, end, text, text.toLowerCase(Locale.ROOT));
    }

    /** Returns whether {@code next} starts exactly where this token ends. */
    boolean touches(QuantityToken next) {
        return end == next.start;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumeral() {
        return kind == Kind.NUMERAL;
    }

    /** Returns whether the token is {@code s}, ignoring case. */
    boolean is(String s) {
        return lower.equals(s);
    }

    /** Returns whether the token is a hyphen or one of the dashes writers use for ranges. */
    boolean isDash() {
        return kind == Kind.SYMBOL && "-–—‐‑".contains(text);
    }

    boolean capitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    /** Returns whether the numeral has thousands separators, which years, days and house numbers never have. */
    boolean grouped() {
        return text.chars().anyMatch(c -> GROUP_SEPARATORS.indexOf(c) >= 0);
    }

    /** Returns whether the numeral has a fractional part or an exponent, which counts of things never have. */
    boolean decimal() {
        return text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }

    /** Returns whether the numeral starts with a zero that is not the integer part of a decimal, as codes do. */
    boolean leadingZero() {
        return text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) != '.';
    }

    int digitCount() {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits;
    }

    /** Returns the numeral's exact value; decimal arithmetic keeps "1.2 billion" exactly 1,200,000,000. */
    BigDecimal numeralValue() {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> GROUP_SEPARATORS.indexOf(c) < 0).forEach(c -> digits.append((char) c));
        return new BigDecimal(digits.toString());
    }
}
