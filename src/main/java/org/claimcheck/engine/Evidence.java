package org.claimcheck.engine;

import org.claimcheck.facts.Cited;
import org.claimcheck.input.Span;

/**
 * One piece of text a finding rests on.
 *
 * @param document id of the document the text is in
 * @param sentence 0-based index of the sentence
 * @param span the quoted characters
 * @param text exactly the document's text at {@code span}
 * @param source who says it, or empty when the article says it itself
 */
public record Evidence(String document, int sentence, Span span, String text, String source) {

    /** Returns the evidence a fact quotes. */
    public static Evidence of(Cited fact) {
        return new Evidence(fact.document(), fact.sentence(), fact.span(), fact.text(), fact.sourceName());
    }
}
