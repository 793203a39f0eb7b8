package org.claimcheck.report;

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

    /** Counts reports as they stream past; not thread-safe. */
    public static final class Counter {

        private int documents;
        private int checked;
        private final int[] bySeverity = new int[Severity.values().length];

        /** Counts one report. */
        public void add(DocumentReport report) {
            documents++;
            checked += report.ok() ? 1 : 0;
            report.findings().forEach(this::add);
        }

        /** Counts one finding that belongs to no single document. */
        public void add(Finding finding) {
            bySeverity[finding.severity().ordinal()]++;
        }

        /** Returns the counts so far. */
        public Summary summary() {
            int errors = bySeverity[Severity.ERROR.ordinal()];
            int warnings = bySeverity[Severity.WARNING.ordinal()];
            int infos = bySeverity[Severity.INFO.ordinal()];
            return new Summary(documents, checked, documents - checked, errors + warnings + infos, errors, warnings, infos);
        }
    }
}
