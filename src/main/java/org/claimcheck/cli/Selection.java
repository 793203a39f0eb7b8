package org.claimcheck.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of {@code check} that choose which findings are reported and count towards the exit code. */
final class Selection {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--select", paramLabel = "KIND", split = ",", description = "Report only findings of these kinds "
            + "(comma-separated, repeatable; 'claimcheck rules list' shows them), e.g. --select numeric-conflict,"
            + "part-exceeds-whole.")
    List<String> select = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "KIND", split = ",", description = "Leave out findings of these kinds "
            + "(comma-separated, repeatable); applied after --select.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "info", description = "Report only "
            + "findings of this severity or worse: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, everything).")
    Severity minimum;

    /**
     * Returns which findings to keep.
     *
     * @param kinds the kinds the rules can emit, against which the named kinds are checked
     * @throws ParameterException naming a kind no rule emits, since a typo would otherwise select nothing
     */
    Predicate<Finding> keeping(Set<String> kinds) {
        for (String kind : concat(select, ignore)) {
            if (!kinds.contains(kind)) {
                throw new ParameterException(spec.commandLine(), "no rule emits the kind '" + kind + "'; the kinds are: "
                        + String.join(", ", new TreeSet<>(kinds)));
            }
        }
        return f -> (select.isEmpty() || select.contains(f.kind())) && !ignore.contains(f.kind())
                && f.severity().compareTo(minimum) <= 0;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
