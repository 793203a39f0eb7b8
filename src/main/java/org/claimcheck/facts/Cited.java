package org.claimcheck.facts;

import org.claimcheck.input.Span;

/** A fact that quotes the text, and so can be evidence for a finding. */
public interface Cited {

    /** Returns the id of the document the fact comes from. */
    String document();

    /** Returns the 0-based index of the sentence holding the quoted text. */
    int sentence();

    /** Returns the quoted characters. */
    Span span();

    /** Returns the quoted text: exactly the document's text at {@link #span()}. */
    String text();

    /** Returns who says it, or an empty string when the article says it in its own voice. */
    String sourceName();
}
