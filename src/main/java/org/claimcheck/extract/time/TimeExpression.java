package org.claimcheck.extract.time;

import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * A time expression in the text, reduced to a value that two mentions of the same time share.
 *
 * @param index 0-based position among the document's time expressions
 * @param sentence index of the sentence
 * @param span the expression as written ("on Sunday", "in the past 24 hours")
 * @param kind a day, a stretch up to now, or a cumulative scope
 * @param value the expression reduced for comparison, lower case: "past 24 hours", "this week", "since 2011";
 *     for a day, the ISO date when the publication day resolves it ("2021-03-07"), else as written ("sunday",
 *     "yesterday", "mar 3")
 */
public record TimeExpression(int index, int sentence, Span span, TimeKind kind, String value) {

    /**
     * Validates the expression.
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when {@code value} is blank
     */
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        if (value.isBlank()) {
            throw new IllegalArgumentException("value must not be blank");
        }
    }
}
