package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into {@link QuantityToken}s in one left-to-right pass.
 *
 * <p>A hand-written scanner rather than a regular expression so that the time is linear in the text
 * whatever it holds: a 100,000-character run of digits and commas is one pass, never backtracking.
 * Only ASCII digits make numerals; digits of other scripts become symbols and are never read as numbers.
 */
final class QuantityTokenScanner {

    private QuantityTokenScanner() {
    }

    /** Returns the tokens of {@code text} in order; whitespace separates tokens and is dropped. */
    static List<QuantityToken> scan(String text) {
        List<QuantityToken> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += width;
            } else if (isDigit(text, i)) {
                int end = numeralEnd(text, i);
                tokens.add(QuantityToken.of(QuantityToken.Kind.NUMERAL, i, end, text.substring(i, end)));
                i = end;
            } else if (Character.isLetter(cp)) {
                int end = wordEnd(text, i + width);
                tokens.add(QuantityToken.of(QuantityToken.Kind.WORD, i, end, text.substring(i, end)));
                i = end;
            } else {
                tokens.add(QuantityToken.of(QuantityToken.Kind.SYMBOL, i, i + width, text.substring(i, i + width)));
                i += width;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int from) {
        int e = from;
        while (e < text.length()) {
            int c = text.codePointAt(e);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (Character.isLetter(c) || mark) {
                e += Character.charCount(c);
            } else if ((c == '\'' || c == '’') && e + 1 < text.length()
                    && Character.isLetter(text.codePointAt(e + 1))) {
                // An apostrophe between letters belongs to the word ("o'clock", "Italy's").
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private static int numeralEnd(String text, int from) {
        int e = digitsEnd(text, from);
        // Thousands separators only in groups of exactly three after a lead of at most three digits, so
        // "1,2,3" and "38,41" stay separate numbers. Besides the comma, the no-break and thin spaces that
        // typesetters put in "30 000" count; a plain space does not, or "in 2023 500 people" would merge.
        if (e - from <= 3) {
            while (e + 3 < text.length() && QuantityToken.GROUP_SEPARATORS.indexOf(text.charAt(e)) >= 0
                    && digitsEnd(text, e + 1) == e + 4) {
                e += 4;
            }
        }
        if (e + 1 < text.length() && text.charAt(e) == '.' && isDigit(text, e + 1)) {
            e = digitsEnd(text, e + 1);
        }
        return exponentEnd(text, e);
    }

    /**
     * Returns the end of a scientific exponent at {@code e} ("1.2e6", "3E-4"), or {@code e} when none is
     * written: a letter e, an optional sign and digits, with no letter after them ("5e6x" is a code).
     */
    private static int exponentEnd(String text, int e) {
        if (e >= text.length() || (text.charAt(e) != 'e' && text.charAt(e) != 'E')) {
            return e;
        }
        int digits = e + 1;
        if (digits < text.length() && (text.charAt(digits) == '+' || text.charAt(digits) == '-')) {
            digits++;
        }
        if (digits >= text.length() || !isDigit(text, digits)) {
            return e;
        }
        int end = digitsEnd(text, digits);
        return end < text.length() && Character.isLetter(text.codePointAt(end)) ? e : end;
    }

    private static int digitsEnd(String text, int from) {
        int e = from;
        while (e < text.length() && isDigit(text, e)) {
            e++;
        }
        return e;
    }

    private static boolean isDigit(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9';
    }
}
