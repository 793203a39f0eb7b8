package org.claimcheck.report;

import java.io.IOException;

/**
 * Writes a report document by document, as results arrive, so a batch of any length is written in
 * constant memory. Call {@link #document} for each input in order, {@link #across} at most once when the
 * documents were checked together, then {@link #finish}.
 */
public interface ReportWriter {

    /** Writes one document's results. */
    void document(DocumentReport report) throws IOException;

    /** Writes the findings that compare the documents checked together. */
    void across(TogetherReport together) throws IOException;

    /** Writes the summary and flushes; nothing may be written afterwards. */
    void finish() throws IOException;

    /** Returns the counts of everything written so far. */
    Summary summary();

    /** Returns a writer of {@code format} over {@code out}. */
    static ReportWriter of(ReportFormat format, java.io.Writer out, boolean color) throws IOException {
        return switch (format) {
            case JSON -> new JsonReportWriter(out, false);
            case JSONL -> new JsonReportWriter(out, true);
            case TEXT -> new TextReportWriter(out, color);
            case HTML -> new HtmlReportWriter(out);
            case CSV -> new CsvReportWriter(out);
        };
    }
}
