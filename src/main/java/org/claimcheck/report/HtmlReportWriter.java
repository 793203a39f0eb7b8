package org.claimcheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Source;

/**
 * Writes one self-contained HTML page: per document, the article with every evidence span highlighted
 * and linked to its findings, the findings (filterable by kind and severity), a number line per numeric
 * finding showing each side's value or interval, and a ledger of what each source asserts, claims,
 * denies or cannot confirm. No network, no external script; all article text is escaped.
 *
 * <p>Charts and the ledger need the documents' facts ({@code DocumentReport.facts()}); without them the
 * page still shows the text, highlights and findings.
 */
public final class HtmlReportWriter implements ReportWriter {

    private final PrintWriter out;
    private final Summary.Counter counter = new Summary.Counter();
    private int documents;

    /** Starts the page. */
    public HtmlReportWriter(Writer writer) {
        this.out = new PrintWriter(writer);
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>claimcheck report</title><style>" + HtmlStyle.CSS + "</style></head><body>");
        out.println("<header><h1>claimcheck report</h1><div id=\"filters\">"
                + "<label><input type=\"checkbox\" data-severity=\"error\" checked> errors</label>"
                + "<label><input type=\"checkbox\" data-severity=\"warning\" checked> warnings</label>"
                + "<label><input type=\"checkbox\" data-severity=\"info\" checked> info</label>"
                + "<select id=\"kind\"><option value=\"\">all kinds</option></select></div></header><main>");
    }

    @Override
    public void document(DocumentReport report) throws IOException {
        counter.add(report);
        int d = ++documents;
        out.printf("<section class=\"document\" id=\"d%d\"><h2>%s <small>%s</small></h2>%n", d, escape(report.id()),
                escape(report.origin()));
        if (report.error().isPresent()) {
            out.printf("<p class=\"error\">%s</p></section>%n", escape(report.error().get().describe()));
            return;
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.sort(Comparator.comparing(Finding::severity));
        out.println("<div class=\"columns\"><div class=\"article\">" + highlighted(report, findings, d) + "</div>");
        out.println("<div class=\"findings\">");
        if (findings.isEmpty()) {
            out.println("<p class=\"none\">No findings.</p>");
        }
        for (int f = 0; f < findings.size(); f++) {
            writeFinding(findings.get(f), "d" + d + "-f" + (f + 1), "d" + d, report.facts().orElse(null));
        }
        out.println("</div></div>");
        report.facts().ifPresent(facts -> writeLedger(facts));
        out.println("</section>");
    }

    @Override
    public void across(TogetherReport together) {
        together.across().forEach(counter::add);
        out.println("<section class=\"document\" id=\"across\"><h2>Across documents</h2><div class=\"findings wide\">");
        together.error().ifPresent(e -> out.printf("<p class=\"error\">%s</p>%n", escape(e.describe())));
        for (int f = 0; f < together.across().size(); f++) {
            writeFinding(together.across().get(f), "x-f" + (f + 1), "", null);
        }
        out.println("</div></section>");
    }

    @Override
    public void finish() {
        Summary s = counter.summary();
        out.printf("</main><footer>%d document(s): %d checked, %d failed; %d finding(s): %d error, %d warning, %d info"
                + "</footer>%n", s.documents(), s.checked(), s.failed(), s.findings(), s.errors(), s.warnings(), s.infos());
        out.println("<script>" + HtmlStyle.SCRIPT + "</script></body></html>");
        out.flush();
    }

    @Override
    public Summary summary() {
        return counter.summary();
    }

    /** The article text, cut at every evidence boundary; each piece under evidence is a mark linking to its finding. */
    private static String highlighted(DocumentReport report, List<Finding> findings, int d) {
        String text = report.text();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                if (e.document().equals(report.id()) && e.span().end() <= text.length()) {
                    cuts.add(e.span().start());
                    cuts.add(e.span().end());
                }
            }
        }
        StringBuilder html = new StringBuilder();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<String> covering = new ArrayList<>();
                String severity = "";
                for (int f = 0; f < findings.size(); f++) {
                    for (Evidence e : findings.get(f).evidence()) {
                        if (e.document().equals(report.id()) && e.span().start() <= from && to <= e.span().end()) {
                            covering.add("d" + d + "-f" + (f + 1));
                            severity = severity.isEmpty() ? findings.get(f).severity().label() : severity;
                            break;
                        }
                    }
                }
                String piece = escape(text.substring(from, to));
                if (covering.isEmpty()) {
                    html.append(piece);
                } else {
                    html.append("<a class=\"mark ").append(severity).append("\" href=\"#").append(covering.get(0))
                            .append("\" data-start=\"").append(from).append("\" data-end=\"").append(to)
                            .append("\" data-findings=\"").append(String.join(" ", covering)).append("\">")
                            .append(piece).append("</a>");
                }
            }
            from = to;
        }
        return html.toString();
    }

    private void writeFinding(Finding f, String id, String documentAnchor, DocumentFacts facts) {
        out.printf("<article class=\"finding %s\" id=\"%s\" data-kind=\"%s\" data-severity=\"%s\">%n",
                f.severity().label(), id, escape(f.kind()), f.severity().label());
        out.printf("<h3><span class=\"badge %s\">%s</span> %s</h3><p>%s</p><ul>%n", f.severity().label(),
                f.severity().label().toUpperCase(Locale.ROOT), escape(f.kind()), escape(f.message()));
        for (Evidence e : f.evidence()) {
            out.printf("<li><q>%s</q> <small>%s sentence %d%s</small></li>%n", escape(e.text()),
                    escape(e.document()), e.sentence() + 1, e.source().isEmpty() ? "" : ", " + escape(e.source()));
        }
        out.println("</ul>");
        if (facts != null) {
            List<Quantity> quantities = quantitiesOf(f, facts);
            if (quantities.size() >= 2) {
                out.println(NumberLine.svg(quantities));
            }
        }
        out.printf("<p class=\"rule\">%s%s</p></article>%n", escape(f.rule()),
                f.ruleFile().isEmpty() ? "" : " &middot; " + escape(f.ruleFile()));
    }

    private static List<Quantity> quantitiesOf(Finding f, DocumentFacts facts) {
        List<Quantity> found = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            for (Quantity q : facts.quantities()) {
                if (q.document().equals(e.document()) && q.span().equals(e.span())) {
                    found.add(q);
                }
            }
        }
        return found;
    }

    private void writeLedger(DocumentFacts facts) {
        if (facts.sources().isEmpty()) {
            return;
        }
        Map<Integer, Map<String, List<String>>> bySource = new TreeMap<>();
        for (Claim c : facts.claims()) {
            if (c.source() != 0) {
                bySource.computeIfAbsent(c.source(), s -> new TreeMap<>())
                        .computeIfAbsent(c.stance().name().toLowerCase(Locale.ROOT).replace('_', ' '), k -> new ArrayList<>())
                        .add(c.text());
            }
        }
        out.println("<details class=\"ledger\"><summary>Sources: who says what</summary><table><tr><th>source</th>"
                + "<th>stance</th><th>what</th></tr>");
        for (Source source : facts.sources()) {
            for (Map.Entry<String, List<String>> stance : bySource.getOrDefault(source.id(), Map.of()).entrySet()) {
                for (String text : stance.getValue()) {
                    out.printf("<tr><td>%s</td><td>%s</td><td>%s</td></tr>%n", escape(source.name()),
                            escape(stance.getKey()), escape(text));
                }
            }
        }
        out.println("</table></details>");
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
