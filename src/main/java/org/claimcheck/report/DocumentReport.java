package org.claimcheck.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Span;

/**
 * The result of checking one input: its findings, or the error that stopped it.
 *
 * @param id the document's id
 * @param origin where it was read from
 * @param text the document's normalized text, which evidence offsets index; empty when it could not be read
 * @param sentences the spans of its sentences, in order, for showing evidence in context; empty when it
 *     could not be read
 * @param findings what the rules found; empty when there is an error
 * @param facts the extracted facts, when they were asked for
 * @param error why the document could not be read or checked; empty when it was checked
 */
public record DocumentReport(String id, String origin, String text, List<Span> sentences, List<Finding> findings,
        Optional<DocumentFacts> facts, Optional<ClaimCheckException> error) {

    /** Copies the findings. */
    public DocumentReport {
        sentences = List.copyOf(sentences);
        findings = List.copyOf(findings);
    }

    /** Returns the span of the sentence with the given index, or an empty span when it is unknown. */
    public Span sentence(int index) {
        return index >= 0 && index < sentences.size() ? sentences.get(index) : new Span(0, 0);
    }

    /** Returns a copy with only the findings {@code keep} accepts. */
    public DocumentReport keeping(Predicate<Finding> keep) {
        return new DocumentReport(id, origin, text, sentences, findings.stream().filter(keep).toList(), facts, error);
    }

    /** Returns whether the document was checked. */
    public boolean ok() {
        return error.isEmpty();
    }
}
