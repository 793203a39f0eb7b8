package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;

/**
 * Writes check results for people, streaming: per document, its findings from most to least severe, each
 * with its message and its evidence shown inside the sentence it comes from (with the sentence number
 * and source), then a one-line summary. On a terminal, severities are coloured and evidence underlined
 * with ANSI codes; without colour, evidence is marked »like this«, which reads the same in a file.
 */
public final class TextReportWriter implements ReportWriter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String HIGHLIGHT = "\u001b[1;4m";
    /** Characters of the sentence shown on each side of the evidence. */
    private static final int CONTEXT = 70;

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
        report.findings().stream().sorted(java.util.Comparator.comparing(Finding::severity))
                .forEach(f -> writeFinding(f, java.util.Map.of(report.id(), report), false));
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
        java.util.Map<String, DocumentReport> byId = new java.util.HashMap<>();
        together.documents().forEach(d -> byId.put(d.id(), d));
        together.across().stream().sorted(java.util.Comparator.comparing(Finding::severity))
                .forEach(f -> writeFinding(f, byId, true));
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

    private void writeFinding(Finding f, java.util.Map<String, DocumentReport> documents, boolean nameDocuments) {
        String severity = String.format("%-7s", f.severity().label().toUpperCase(Locale.ROOT));
        out.println("  " + paint(colorOf(f.severity()), severity) + " " + f.kind() + "  " + f.message());
        for (Evidence e : f.evidence()) {
            out.printf("          %ss%d%s: %s%n", nameDocuments ? e.document() + " " : "", e.sentence() + 1,
                    e.source().isEmpty() ? "" : " (" + e.source() + ")", inContext(e, documents.get(e.document())));
        }
        out.println("          rule: " + f.rule() + (f.ruleFile().isEmpty() ? "" : " (" + f.ruleFile() + ")"));
    }

    /** The evidence inside its sentence, highlighted, shortened around it when the sentence is long. */
    private String inContext(Evidence e, DocumentReport document) {
        String marked = color ? HIGHLIGHT + e.text() + RESET : "\u00bb" + e.text() + "\u00ab";
        if (document == null || document.sentence(e.sentence()).length() == 0) {
            return marked;
        }
        org.claimcheck.input.Span sentence = document.sentence(e.sentence());
        String text = document.text();
        int from = Math.max(sentence.start(), e.span().start() - CONTEXT);
        int to = Math.min(sentence.end(), e.span().end() + CONTEXT);
        if (e.span().start() < sentence.start() || e.span().end() > sentence.end()) {
            return marked;
        }
        return (from > sentence.start() ? "\u2026" : "") + text.substring(from, e.span().start()) + marked
                + text.substring(e.span().end(), to) + (to < sentence.end() ? "\u2026" : "");
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
