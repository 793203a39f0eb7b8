package org.claimcheck.report;

import java.util.List;
import java.util.Locale;
import org.claimcheck.facts.Quantity;

/**
 * Draws figures for the same count on one number line, as inline SVG: a dot for an exact value, a bar
 * for a range, an arrow for an open end ("at least 40"), a faint band for an approximate figure's
 * slack. Overlapping marks agree; marks that do not overlap are the contradiction.
 */
final class NumberLine {

    private static final int WIDTH = 520;
    private static final int ROW = 26;
    private static final int LEFT = 10;
    private static final int RIGHT = 10;

    private NumberLine() {
    }

    static String svg(List<Quantity> quantities) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Quantity q : quantities) {
            for (double v : new double[] {q.low(), q.high()}) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return "";
        }
        double pad = Math.max((max - min) * 0.25, Math.max(1, Math.abs(max) * 0.1));
        double lo = Math.max(0, min - pad);
        double hi = max + pad;
        int height = ROW * quantities.size() + 24;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"numberline\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                + "height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\"><title>Figures on one line</title>", WIDTH, height,
                WIDTH, height));
        int axis = height - 18;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", LEFT, axis,
                WIDTH - RIGHT, axis));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\">%s</text>", LEFT, height - 4,
                format(lo)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"tick\" text-anchor=\"end\">%s</text>",
                WIDTH - RIGHT, height - 4, format(hi)));
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            int y = 14 + i * ROW;
            double from = Double.isFinite(q.low()) ? q.low() : lo;
            double to = Double.isFinite(q.high()) ? q.high() : hi;
            int x1 = x(from, lo, hi);
            int x2 = x(to, lo, hi);
            if (q.approximate() && q.low() == q.high()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"10\" class=\"slack\"/>",
                        x(q.low() * (1 - Quantity.APPROXIMATION), lo, hi), y - 5,
                        Math.max(2, x(q.low() * (1 + Quantity.APPROXIMATION), lo, hi) - x(q.low() * (1 - Quantity.APPROXIMATION), lo, hi))));
            }
            if (x2 - x1 < 3) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"5\" class=\"value v%d\"/>", x1, y, i % 4));
            } else {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"range v%d\"/>",
                        x1, y, x2, y, i % 4));
                if (!Double.isFinite(q.high())) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d l-8 -5 v10 z\" class=\"open v%d\"/>", x2, y, i % 4));
                }
                if (!Double.isFinite(q.low())) {
                    svg.append(String.format(Locale.ROOT, "<path d=\"M%d %d l8 -5 v10 z\" class=\"open v%d\"/>", x1, y, i % 4));
                }
            }
            String label = (q.sourceName().isEmpty() ? "the article" : q.sourceName()) + ": " + q.text();
            boolean right = x2 < WIDTH / 2;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"label\"%s>%s</text>",
                    right ? x2 + 8 : x1 - 8, y + 4, right ? "" : " text-anchor=\"end\"", HtmlReportWriter.escape(label)));
        }
        return svg.append("</svg>").toString();
    }

    private static int x(double value, double lo, double hi) {
        return LEFT + (int) Math.round((value - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }
}
