package org.claimcheck.extract.text;

import org.claimcheck.input.Span;

/**
 * One sentence of the document.
 *
 * @param index 0-based position among the document's sentences
 * @param span the sentence's characters, without surrounding white space
 */
public record SentenceSpan(int index, Span span) {
}
