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

    /** Writes all reports. */
    public static void write(List<DocumentReport> reports, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        for (DocumentReport report : reports) {
            out.println("== " + report.id() + "  (" + report.origin() + ")");
            if (report.error().isPresent()) {
                out.println("  ERROR  " + report.error().get().describe().replace("\n", "\n         "));
            } else if (report.findings().isEmpty()) {
                out.println("  no findings");
            }
            for (Finding f : report.findings()) {
                out.printf("  %-7s %s  %s%n", f.severity().label().toUpperCase(java.util.Locale.ROOT), f.kind(), f.message());
                for (Evidence e : f.evidence()) {
                    out.printf("          s%d [%d-%d] \u201c%s\u201d%s%n", e.sentence() + 1, e.span().start(), e.span().end(),
                            e.text(), e.source().isEmpty() ? "" : "  \u2014 " + e.source());
                }
                out.println("          rule: " + f.rule() + (f.ruleFile().isEmpty() ? "" : " (" + f.ruleFile() + ")"));
            }
            out.println();
        }
        Summary s = Summary.of(reports);
        out.printf("%d document(s): %d checked, %d failed; %d finding(s): %d error, %d warning, %d info%n",
                s.documents(), s.checked(), s.failed(), s.findings(), s.errors(), s.warnings(), s.infos());
        out.flush();
    }
}
