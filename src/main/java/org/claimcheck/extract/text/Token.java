package org.claimcheck.extract.text;

import java.util.Locale;
import org.claimcheck.input.Span;

/**
 * One word, number or punctuation mark.
 *
 * @param index 0-based position among the document's tokens
 * @param span the token's characters
 * @param text the token as written
 * @param sentence index of the sentence holding the token
 */
public record Token(int index, Span span, String text, int sentence) {

    /** The characters that open or close a quotation: straight and curly, double and single. */
    private static final String QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019'";

    /** Returns the token in lower case. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Returns whether the token starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Returns whether the token is a word (starts with a letter). */
    public boolean word() {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /** Returns whether the token starts with a digit. */
    public boolean digits() {
        return !text.isEmpty() && Character.isDigit(text.codePointAt(0));
    }

    /** Returns whether the token is a quotation mark. */
    public boolean isQuoteMark() {
        return isQuoteMark(text);
    }

    /** Returns whether {@code text} is one quotation mark, for callers holding only the token's text. */
    public static boolean isQuoteMark(String text) {
        return text.length() == 1 && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** Returns whether the token starts with a quotation mark ("'s" does). */
    public boolean startsWithQuoteMark() {
        return !text.isEmpty() && QUOTE_MARKS.indexOf(text.charAt(0)) >= 0;
    }

    /** Returns whether the token is the single character {@code c}. */
    public boolean is(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }
}
