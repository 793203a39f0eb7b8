package org.claimcheck.report;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.ClaimCheckException;

/**
 * The result of checking several documents together: each document's own findings, and the findings
 * whose evidence spans more than one document.
 *
 * @param documents one report per input, in input order, each with the findings within it
 * @param across findings that compare documents; each evidence item names its document
 * @param error why the batch could not be checked together (a rule failed), or empty
 */
public record TogetherReport(List<DocumentReport> documents, List<Finding> across,
        Optional<ClaimCheckException> error) {

    /** Copies the lists. */
    public TogetherReport {
        documents = List.copyOf(documents);
        across = List.copyOf(across);
    }

    /** Returns a copy with only the findings {@code keep} accepts, in every document and across them. */
    public TogetherReport keeping(Predicate<Finding> keep) {
        return new TogetherReport(documents.stream().map(d -> d.keeping(keep)).toList(),
                across.stream().filter(keep).toList(), error);
    }
}
