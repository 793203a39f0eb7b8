package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;

/**
 * Writes check results for people, streaming: per document, each finding with its severity, message
 * and the quoted evidence (sentence number and source), then a one-line summary. With colour, severities
 * and quoted evidence are highlighted with ANSI codes; without, the report reads the same in a file.
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private final PrintWriter out;
    private final boolean color;
    private final Summary.Counter counter = new Summary.Counter();
    private int across = -1;

    /**
     * Starts a report.
     *
     * @param writer where to write
     * @param color whether to use ANSI colours (for a terminal)
     */
    public TextReportWriter(Writer writer, boolean color) {
        this.out = new PrintWriter(writer);
        this.color = color;
    }

    /** Writes all reports without colour. */
    public static void write(List<DocumentReport> reports, Writer writer) {
        TextReportWriter text = new TextReportWriter(writer, false);
        reports.forEach(text::document);
        text.finish();
    }

    @Override
    public void document(DocumentReport report) {
        counter.add(report);
        out.println(paint(BOLD, "== " + report.id()) + "  (" + report.origin() + ")");
        if (report.error().isPresent()) {
            out.println("  " + paint(colorOf(Severity.ERROR), "ERROR") + "  "
                    + report.error().get().describe().replace("\n", "\n         "));
        } else if (report.findings().isEmpty()) {
            out.println("  no findings");
        }
        report.findings().forEach(f -> writeFinding(f, false));
        out.println();
    }

    @Override
    public void across(TogetherReport together) {
        together.across().forEach(counter::add);
        across = together.across().size();
        out.println(paint(BOLD, "== across documents"));
        together.error().ifPresent(e -> out.println("  " + paint(colorOf(Severity.ERROR), "ERROR") + "  "
                + e.describe().replace("\n", "\n         ")));
        if (together.across().isEmpty() && together.error().isEmpty()) {
            out.println("  no findings");
        }
        together.across().forEach(f -> writeFinding(f, true));
        out.println();
    }

    @Override
    public void finish() {
        Summary s = counter.summary();
        out.printf("%d document(s): %d checked, %d failed; %d finding(s): %d error, %d warning, %d info%s%n",
                s.documents(), s.checked(), s.failed(), s.findings(), s.errors(), s.warnings(), s.infos(),
                across < 0 ? "" : " (" + across + " across documents)");
        out.flush();
    }

    @Override
    public Summary summary() {
        return counter.summary();
    }

    private void writeFinding(Finding f, boolean nameDocuments) {
        String severity = String.format("%-7s", f.severity().label().toUpperCase(Locale.ROOT));
        out.println("  " + paint(colorOf(f.severity()), severity) + " " + f.kind() + "  " + f.message());
        for (Evidence e : f.evidence()) {
            out.printf("          %ss%d [%d-%d] %s%s%n", nameDocuments ? e.document() + " " : "", e.sentence() + 1,
                    e.span().start(), e.span().end(), paint(BOLD, "\u201c" + e.text() + "\u201d"),
                    e.source().isEmpty() ? "" : "  \u2014 " + e.source());
        }
        out.println("          rule: " + f.rule() + (f.ruleFile().isEmpty() ? "" : " (" + f.ruleFile() + ")"));
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001b[1;31m";
            case WARNING -> "\u001b[1;33m";
            case INFO -> "\u001b[36m";
        };
    }
}
