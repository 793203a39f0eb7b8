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

    /** Returns whether the token is the single character {@code c}. */
    public boolean is(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }
}
