package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.ClaimCheckException;

/**
 * Writes check results as CSV for spreadsheets, streaming: a header, then one row per finding (and one
 * per input that failed, with its {@code error}). The first two evidence items, which every pairwise
 * finding has, get columns of their own; any further ones share {@code more_evidence}, one per line.
 *
 * <p>RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line break.
 * A field that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
 * return) is prefixed with an apostrophe, as OWASP advises for CSV from untrusted text: evidence is article
 * text, and an article must not be able to run a formula on the reader's machine.
 */
public final class CsvReportWriter implements ReportWriter {

    /** The columns, in order. */
    static final List<String> HEADER = List.of("document", "path", "severity", "kind", "message", "evidence_1",
            "source_1", "start_1", "end_1", "evidence_2", "source_2", "start_2", "end_2", "more_evidence", "rule",
            "rule_file", "error");

    private static final int OWN_COLUMNS = 2;

    private final PrintWriter out;
    private final Summary.Counter counter = new Summary.Counter();

    /** Starts a report and writes the header. */
    public CsvReportWriter(Writer writer) {
        this.out = new PrintWriter(writer);
        row(HEADER);
    }

    @Override
    public void document(DocumentReport report) {
        counter.add(report);
        report.error().ifPresent(e -> failure(report.id(), report.origin(), e));
        report.findings().forEach(f -> finding(report.id(), report.origin(), f));
    }

    @Override
    public void across(TogetherReport together) {
        together.across().forEach(counter::add);
        together.error().ifPresent(e -> failure("", "", e));
        for (Finding f : together.across()) {
            finding(String.join(" ", f.evidence().stream().map(Evidence::document).distinct().toList()), "", f);
        }
    }

    @Override
    public void finish() {
        out.flush();
    }

    @Override
    public Summary summary() {
        return counter.summary();
    }

    private void finding(String document, String path, Finding f) {
        List<String> cells = new ArrayList<>(List.of(document, path, f.severity().label(), f.kind(), f.message()));
        for (int i = 0; i < OWN_COLUMNS; i++) {
            if (i < f.evidence().size()) {
                Evidence e = f.evidence().get(i);
                cells.addAll(List.of(e.text(), e.source(), String.valueOf(e.span().start()), String.valueOf(e.span().end())));
            } else {
                cells.addAll(List.of("", "", "", ""));
            }
        }
        List<String> more = new ArrayList<>();
        for (Evidence e : f.evidence().subList(Math.min(OWN_COLUMNS, f.evidence().size()), f.evidence().size())) {
            more.add(e.text() + (e.source().isEmpty() ? "" : " (" + e.source() + ")"));
        }
        cells.addAll(List.of(String.join("\n", more), f.rule(), f.ruleFile(), ""));
        row(cells);
    }

    private void failure(String document, String path, ClaimCheckException error) {
        List<String> cells = new ArrayList<>(List.of(document, path, "error"));
        while (cells.size() < HEADER.size() - 1) {
            cells.add("");
        }
        cells.add(error.describe());
        row(cells);
    }

    private void row(List<String> cells) {
        out.print(String.join(",", cells.stream().map(CsvReportWriter::field).toList()));
        out.print("\r\n");
    }

    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
