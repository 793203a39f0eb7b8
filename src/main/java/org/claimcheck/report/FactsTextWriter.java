package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.input.Span;

/**
 * Writes extracted facts for people: one section per fact type of {@link DocumentFacts}, one line per fact
 * with every component rules see as {@code name=value} (rendered as {@link FactFields} describes; text in
 * quotes, unbounded bounds as {@code -}).
 */
public final class FactsTextWriter {

    private FactsTextWriter() {
    }

    /** Writes the facts of every report. */
    public static void write(List<DocumentReport> reports, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        for (DocumentReport report : reports) {
            out.println("== " + report.id() + "  (" + report.origin() + ")");
            report.error().ifPresent(e -> out.println("  ERROR  " + e.describe()));
            report.facts().ifPresent(facts -> write(facts, out));
            out.println();
        }
        out.flush();
    }

    private static void write(DocumentFacts facts, PrintWriter out) {
        for (Map.Entry<String, Object> section : FactFields.sections(facts).entrySet()) {
            out.println("  " + section.getKey() + ":");
            List<?> items = section.getValue() instanceof List<?> list ? list : List.of(section.getValue());
            for (Object fact : items) {
                out.println("    " + line((Record) fact));
            }
        }
    }

    private static String line(Record fact) {
        return FactFields.of(fact).stream().map(f -> f.name() + "=" + text(f.value())).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof String s) {
            return "\u201c" + s + "\u201d";
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        if (value instanceof Span span) {
            return span.start() + "-" + span.end();
        }
        if (value instanceof List<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(value);
    }
}
