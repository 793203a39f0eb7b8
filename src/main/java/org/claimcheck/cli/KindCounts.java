package org.claimcheck.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;

/** Counts findings by kind for {@code --statistics}; not thread-safe. */
final class KindCounts {

    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, Set<Severity>> severities = new TreeMap<>();

    /** Counts findings. */
    void add(List<Finding> findings) {
        for (Finding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
            severities.computeIfAbsent(f.kind(), k -> EnumSet.noneOf(Severity.class)).add(f.severity());
        }
    }

    /** Prints one line per kind, the most frequent first: count, kind, the severities it came with. */
    void print(PrintWriter out) {
        out.println("claimcheck: findings by kind" + (counts.isEmpty() ? ": none" : ""));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("%8d  %-22s %s%n", e.getValue(), e.getKey(), severities.get(e.getKey()).stream()
                        .map(Severity::label).collect(Collectors.joining(", "))));
        out.flush();
    }
}
