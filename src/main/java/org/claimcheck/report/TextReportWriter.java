package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;

/**
 * Writes check results for people: per document, each finding with its severity, message and the
 * quoted evidence (sentence number and source), then a one-line summary.
 */
public final class TextReportWriter {

    private TextReportWriter() {
    }

    /** Writes the reports of documents checked together, then the findings that compare documents. */
    public static void write(TogetherReport together, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        writeDocuments(together.documents(), out);
        out.println("== across documents");
        together.error().ifPresent(e -> out.println("  ERROR  " + e.describe().replace("\n", "\n         ")));
        if (together.across().isEmpty() && together.error().isEmpty()) {
            out.println("  no findings");
        }
        together.across().forEach(f -> writeFinding(f, out, true));
        out.println();
        writeSummary(together.documents(), out);
        out.printf("%d finding(s) across documents%n", together.across().size());
        out.flush();
    }

    /** Writes all reports. */
    public static void write(List<DocumentReport> reports, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        writeDocuments(reports, out);
        writeSummary(reports, out);
        out.flush();
    }

    private static void writeDocuments(List<DocumentReport> reports, PrintWriter out) {
        for (DocumentReport report : reports) {
            out.println("== " + report.id() + "  (" + report.origin() + ")");
            if (report.error().isPresent()) {
                out.println("  ERROR  " + report.error().get().describe().replace("\n", "\n         "));
            } else if (report.findings().isEmpty()) {
                out.println("  no findings");
            }
            report.findings().forEach(f -> writeFinding(f, out, false));
            out.println();
        }
    }

    private static void writeFinding(Finding f, PrintWriter out, boolean nameDocuments) {
        out.printf("  %-7s %s  %s%n", f.severity().label().toUpperCase(java.util.Locale.ROOT), f.kind(), f.message());
        for (Evidence e : f.evidence()) {
            out.printf("          %ss%d [%d-%d] \u201c%s\u201d%s%n", nameDocuments ? e.document() + " " : "",
                    e.sentence() + 1, e.span().start(), e.span().end(), e.text(),
                    e.source().isEmpty() ? "" : "  \u2014 " + e.source());
        }
        out.println("          rule: " + f.rule() + (f.ruleFile().isEmpty() ? "" : " (" + f.ruleFile() + ")"));
    }

    private static void writeSummary(List<DocumentReport> reports, PrintWriter out) {
        Summary s = Summary.of(reports);
        out.printf("%d document(s): %d checked, %d failed; %d finding(s): %d error, %d warning, %d info%n",
                s.documents(), s.checked(), s.failed(), s.findings(), s.errors(), s.warnings(), s.infos());
    }
}
