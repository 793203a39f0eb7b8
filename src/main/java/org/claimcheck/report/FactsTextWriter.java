package org.claimcheck.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Source;

/** Writes extracted facts for people: each quantity with its bounds, thing, place, source and stance. */
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
        out.println("  quantities:");
        for (Quantity q : facts.quantities()) {
            out.printf("    #%d s%d \u201c%s\u201d  [%s, %s]%s %s%s  thing=%s measure=%s place=%s source=%s stance=%s%s%n",
                    q.id(), q.sentence() + 1, q.text(), bound(q.low()), bound(q.high()), q.approximate() ? " ~" : "",
                    q.unit().name().toLowerCase(java.util.Locale.ROOT), q.unitName().isEmpty() ? "" : "(" + q.unitName() + ")",
                    q.thing().isEmpty() ? "?" : q.thing(), q.measure().isEmpty() ? "-" : q.measure(),
                    q.place().isEmpty() ? "-" : q.place(), q.sourceName().isEmpty() ? "-" : q.sourceName(),
                    q.stance().name().toLowerCase(java.util.Locale.ROOT), markers(q));
        }
        out.println("  sources:");
        for (Source s : facts.sources()) {
            out.printf("    #%d %s (%s, family %d) aliases=%s%n", s.id(), s.name(), s.kind().name().toLowerCase(java.util.Locale.ROOT),
                    s.family(), s.aliases());
        }
        out.println("  claims:");
        for (Claim c : facts.claims()) {
            String answers = facts.reactions().stream().filter(r -> r.response() == c.id())
                    .map(r -> "#" + r.claim()).collect(java.util.stream.Collectors.joining(", "));
            out.printf("    #%d s%d %s by %s: \u201c%s\u201d%s%n", c.id(), c.sentence() + 1,
                    c.stance().name().toLowerCase(java.util.Locale.ROOT), c.sourceName().isEmpty() ? "-" : c.sourceName(),
                    c.text(), answers.isEmpty() ? "" : "  (answers " + answers + ")");
        }
    }

    private static String markers(Quantity q) {
        StringBuilder m = new StringBuilder();
        if (q.part()) {
            m.append(" part");
        }
        if (q.partOf() > 0) {
            m.append(" share-of=#").append(q.partOf());
        }
        if (q.update()) {
            m.append(" update");
        }
        if (!q.time().isEmpty()) {
            m.append(" time=").append(q.time());
        }
        if (!q.period().isEmpty()) {
            m.append(" period=").append(q.period());
        }
        return m.toString();
    }

    private static String bound(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf" : "-inf";
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
