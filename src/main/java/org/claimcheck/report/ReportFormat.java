package org.claimcheck.report;

/** The output formats of {@code check} and {@code facts}. */
public enum ReportFormat {
    /** Readable text for a terminal or a file. */
    TEXT,
    /** One JSON object, the machine contract documented in docs/. */
    JSON,
    /** One JSON object per document, one per line, written as each is checked: for long batches. */
    JSONL,
    /** One self-contained HTML page with highlighted articles, charts and a source ledger. */
    HTML,
    /** One row per finding, with evidence columns, for spreadsheets. */
    CSV;

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
