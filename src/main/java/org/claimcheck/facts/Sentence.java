package org.claimcheck.facts;

import org.claimcheck.input.Span;

/**
 * One sentence of a document.
 *
 * <p>Example: the second sentence of "Two died. Nine were hurt." is {@code Sentence(index 1, text
 * "Nine were hurt.")}.
 *
 * @param document id of the document
 * @param index 0-based position in the document
 * @param span the sentence's characters in the document text
 * @param text the sentence as written
 */
public record Sentence(String document, int index, Span span, String text) {
}
