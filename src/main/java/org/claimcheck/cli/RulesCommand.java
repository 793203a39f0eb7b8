package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.api.FixtureResult;
import org.claimcheck.api.FixtureRunner;
import org.claimcheck.engine.RuleCompilationException;
import org.claimcheck.engine.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimcheck rules}: list, validate and test rule files. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"List, explain, validate or test rules. The bundled rules come from the project's rules/ folder; "
                + "add your own with --rules DIR. The rule author's guide is docs/RULES.md."},
        subcommands = {RulesCommand.ListRules.class, RulesCommand.Explain.class, RulesCommand.Validate.class,
                RulesCommand.Test.class})
final class RulesCommand {

    /** {@code claimcheck rules list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List every rule with its file:line, kind, severity and description; helper rules, which "
                    + "only derive facts for other rules, are marked as such.", "",
                    "Example:  claimcheck rules list --rules my-rules/", ""})
    static final class ListRules implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            ClaimChecker checker = rules.build();
            PrintWriter out = spec.commandLine().getOut();
            for (RuleInfo rule : checker.rules()) {
                // Helper rules derive facts for other rules; they have no finding kind to show.
                String emits = rule.emits() ? "kind=" + rule.kind() + " severity=" + rule.severity()
                        : "helper: derives facts, emits no findings";
                out.printf("%s:%d%n  \"%s\"%n  %s%n  %s%n%n", rule.file(), rule.line(), rule.name(), emits,
                        rule.description());
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code claimcheck rules explain}. */
    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = {"Explain a finding kind: what it means, the rules that emit it (file:line, severity) and "
                    + "the comment that opens each of their files, with an example and the near-misses it must not flag.",
                    "", "Example:  claimcheck rules explain part-exceeds-whole", ""})
    static final class Explain implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KIND", description = "The finding kind, as reports and 'rules list' show it.")
        String kind;

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            List<RuleInfo> all = rules.build().rules();
            List<RuleInfo> emitting = all.stream().filter(r -> r.emits() && r.kind().equals(kind)).toList();
            if (emitting.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no rule emits the kind '" + kind + "'; the kinds are: "
                        + String.join(", ", new TreeSet<>(all.stream().filter(RuleInfo::emits).map(RuleInfo::kind).toList())));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(kind);
            out.println();
            out.println("Emitted by:");
            for (RuleInfo rule : emitting) {
                out.printf("  %s:%d  \"%s\" (%s)%n", rule.file(), rule.line(), rule.name(), rule.severity());
                if (!rule.description().isEmpty()) {
                    out.println("      " + rule.description());
                }
            }
            Set<String> shown = new HashSet<>();
            for (RuleInfo rule : emitting) {
                if (!rule.fileComment().isEmpty() && shown.add(rule.file())) {
                    out.println();
                    out.println(rule.file() + ":");
                    rule.fileComment().lines().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
                }
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code claimcheck rules validate}. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Compile rules and report every error as file:line:column: message, with a hint. "
                    + "With no PATH, validates the bundled rules (plus any --rules).", "",
                    "Example:  claimcheck rules validate my-rules/", ""})
    static final class Validate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "DIR|FILE", description = "Rule folders or .drl files to validate "
                + "on their own (the bundled rules are left out).")
        List<Path> paths = new ArrayList<>();

        @Mixin
        RuleOptions rules;

        @Override
        public Integer call() {
            if (!paths.isEmpty()) {
                rules.noDefaults = true;
                rules.folders.addAll(paths);
            }
            ClaimChecker checker;
            try {
                checker = rules.build();
            } catch (RuleCompilationException broken) {
                // The errors alone: the advice every other command adds is to run this one.
                spec.commandLine().getErr().println(broken.getMessage());
                return ExitCode.RULES_BROKEN.code();
            }
            spec.commandLine().getOut().println(checker.rules().size() + " rule(s) compiled without errors.");
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
    }

    /** {@code claimcheck rules test}. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"Run rule fixtures: every <case>.txt under FIXTURES with a <case>.expected.json beside it "
                    + "listing the findings it must produce. Prints, per fixture, what was expected, what came and the "
                    + "difference; exits 1 when any fixture differs.", "",
                    "Examples:", "  claimcheck rules test fixtures/",
                    "  claimcheck rules test --no-default-rules --rules my-rules/ my-rules/fixtures/", ""})
    static final class Test implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "FIXTURES", defaultValue = "fixtures",
                description = "The fixtures folder (default: ${DEFAULT-VALUE}).")
        Path fixtures;

        @Mixin
        RuleOptions rules;

        @Option(names = "--verbose-pass", description = "Also print the findings of fixtures that pass.")
        boolean showPasses;

        @Override
        public Integer call() {
            List<FixtureResult> results = new FixtureRunner(rules.build()).run(fixtures);
            PrintWriter out = spec.commandLine().getOut();
            int failed = 0;
            for (FixtureResult r : results) {
                String status = r.differences().isEmpty() ? "PASS" : r.knownGap() ? "GAP " : "FAIL";
                if (!r.asExpected()) {
                    failed++;
                    status = r.knownGap() ? "FIXED (remove from known-gaps.txt)" : status;
                }
                out.println(status + "  " + r.name());
                if (!r.differences().isEmpty() || showPasses) {
                    print(out, "expected", r.expected());
                    print(out, "got", r.actual());
                    print(out, "difference", r.differences());
                }
            }
            out.printf("%d fixture(s): %d as expected, %d not%n", results.size(), results.size() - failed, failed);
            out.flush();
            return failed == 0 ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
        }

        private static void print(PrintWriter out, String label, List<String> lines) {
            out.println("      " + label + ":" + (lines.isEmpty() ? " (none)" : ""));
            lines.forEach(line -> out.println("        " + line));
        }
    }
}
