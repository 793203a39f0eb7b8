package org.claimcheck.report;

import java.util.List;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;

/**
 * Counts over a batch of results.
 *
 * @param documents how many inputs there were
 * @param checked how many were checked
 * @param failed how many could not be read or checked
 * @param findings how many findings in all
 * @param errors findings of severity error
 * @param warnings findings of severity warning
 * @param infos findings of severity info
 */
public record Summary(int documents, int checked, int failed, int findings, int errors, int warnings, int infos) {

    /** Counts the given reports. */
    public static Summary of(List<DocumentReport> reports) {
        int checked = 0;
        int[] bySeverity = new int[Severity.values().length];
        int findings = 0;
        for (DocumentReport r : reports) {
            checked += r.ok() ? 1 : 0;
            for (Finding f : r.findings()) {
                bySeverity[f.severity().ordinal()]++;
                findings++;
            }
        }
        return new Summary(reports.size(), checked, reports.size() - checked, findings,
                bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                bySeverity[Severity.INFO.ordinal()]);
    }
}
