package org.claimcheck.extract.syntax;

import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * A clause: a stretch of a sentence around one verb group. Clauses nest: a child's tokens lie inside its
 * parent's, and every sentence has one {@link ClauseKind#MAIN} clause covering all of it.
 *
 * @param index      0-based position in the {@code CLAUSES} layer; a parent comes before its children
 * @param sentence   index of the sentence holding the clause
 * @param span       from the first token's start to the last token's end
 * @param first      document-wide index of the first token (the marker, quotation mark or subject)
 * @param last       document-wide index of the last token
 * @param kind       what kind of clause it is
 * @param parent     index of the enclosing clause, or -1 for a sentence's main clause
 * @param verbGroup  index of the clause's verb group in the {@code VERB_GROUPS} layer, or -1
 * @param subject    index of its subject in the {@code NOUN_PHRASES} layer, or -1: the noun phrase before the
 *                   verb group (past adverbs and an apposition), or after it when inverted ("…, said the
 *                   ministry"); for a relative clause whose pronoun is the subject, the noun it follows
 * @param marker     document-wide index of the word that opens it ("that", "who", "because", "and"), or -1
 */
public record Clause(int index, int sentence, Span span, int first, int last, ClauseKind kind, int parent,
        int verbGroup, int subject, int marker) {

    /**
     * Validates the clause.
     *
     * @throws IllegalArgumentException when an index is out of range or the parent does not come before it
     * @throws NullPointerException     when the span or kind is null
     */
    public Clause {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Chunks.checkRange(index, sentence, first, first, last);
        if (parent < -1 || parent >= index) {
            throw new IllegalArgumentException("parent must be -1 or a clause before " + index + ", was " + parent);
        }
        if (verbGroup < -1 || subject < -1 || marker < -1) {
            throw new IllegalArgumentException("verbGroup, subject and marker must be >= -1, were " + verbGroup + ", "
                    + subject + ", " + marker);
        }
    }

    /** Tells whether the token with document-wide index {@code token} lies in the clause. */
    public boolean covers(int token) {
        return first <= token && token <= last;
    }
}
