package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.Finding;
import org.claimcheck.engine.RuleInfo;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.ReportWriter;
import org.claimcheck.report.TogetherReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: reads articles, runs the rules, prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check articles for contradictions and print the findings with their evidence.", "",
                "Examples:", "  claimcheck check article.txt", "  claimcheck check --format json feeds/ > report.json",
                "  claimcheck check --format jsonl --threads 4 big-feed.jsonl > findings.jsonl",
                "  claimcheck check --together outlet-a.json outlet-b.json",
                "  claimcheck check --select numeric-conflict --statistics feeds/",
                "  claimcheck check --format csv -o findings.csv feeds/",
                "  claimcheck check --rules my-rules/ --fail-on error article.txt", ""})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Mixin
    RuleOptions rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes one "
                    + "document per line as it is checked; csv one row per finding, for spreadsheets.")
    ReportFormat format;

    @Option(names = "--together", description = "Also compare the documents with each other: the same count given "
            + "incompatible values by two reports, a claim in one denied in another. A later report (by its "
            + "'published' time) with a higher figure is an update, reported as info. Holds all documents in memory.")
    boolean together;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning", description = "Exit with status 1 "
            + "when a finding of this severity or worse is reported: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, "
            + "as linters do; never: exit 0 whatever is found, for reports only).")
    FailOn failOn;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N", description = "Check with N worker threads, at least 1 (default: "
            + "the number of processors). Output keeps input order.")
    void threads(int n) {
        if (n < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        }
        threads = n;
    }

    @Mixin
    Selection selection;

    @Option(names = "--statistics", description = "After the report, print on stderr how many findings of each kind "
            + "were reported, the most frequent first.")
    boolean statistics;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress on stderr.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of "
            + "standard output (e.g. -o report.html with --format html).")
    Path output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "Colour the text report: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: on a terminal, unless the NO_COLOR environment "
            + "variable is set).")
    ColorMode color;

    @Override
    public Integer call() throws IOException {
        if (output == null) {
            return run(rules.build(), spec.commandLine().getOut(), System.console() != null);
        }
        // Opened before the rules compile, so that a wrong path is told at once.
        try (PrintWriter file = new PrintWriter(openOutput())) {
            int code = run(rules.build(), file, false);
            spec.commandLine().getErr().println("claimcheck: report written to " + output);
            return code;
        }
    }

    private Writer openOutput() {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "cannot write the report to " + output + ": the folder "
                    + folder + " does not exist (create it first)");
        }
        if (Files.isDirectory(output)) {
            throw new ParameterException(spec.commandLine(), "cannot write the report to " + output + ": it is a "
                    + "folder; give a file name inside it");
        }
        try {
            return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot write the report to " + output + ": "
                    + (e instanceof AccessDeniedException ? "permission denied" : e.toString()));
        }
    }

    private int run(ClaimChecker checker, PrintWriter out, boolean terminal) throws IOException {
        Predicate<Finding> keep = selection.keeping(checker.rules().stream().filter(RuleInfo::emits)
                .map(RuleInfo::kind).collect(Collectors.toSet()));
        String noColor = Objects.requireNonNullElse(System.getenv("NO_COLOR"), "");
        ReportWriter writer = ReportWriter.of(format, out, color.colors(terminal, noColor));
        KindCounts counts = new KindCounts();
        boolean[] failing = new boolean[1];
        Consumer<List<Finding>> reported = findings -> {
            failing[0] |= findings.stream().anyMatch(f -> failOn.failsOn(f.severity()));
            counts.add(findings);
        };
        boolean batchFailed = false;
        if (together) {
            TogetherReport report = checker.checkTogether(inputs.read()).keeping(keep);
            report.error().ifPresent(this::tellError);
            for (DocumentReport document : report.documents()) {
                document.error().ifPresent(this::tellError);
                writer.document(document);
                reported.accept(document.findings());
            }
            writer.across(report);
            reported.accept(report.across());
            batchFailed = report.error().isPresent();
        } else {
            Progress progress = new Progress(spec.commandLine().getErr(), !quiet, terminal);
            checker.checkEach(inputs.stream(), threads, format == ReportFormat.HTML, checked -> {
                DocumentReport report = checked.keeping(keep);
                report.error().ifPresent(this::tellError);
                try {
                    writer.document(report);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                reported.accept(report.findings());
                progress.counted(report.ok());
            });
            progress.done();
        }
        writer.finish();
        if (statistics) {
            counts.print(spec.commandLine().getErr());
        }
        if (writer.summary().failed() > 0 || batchFailed) {
            return ExitCode.INPUT_FAILED.code();
        }
        return failing[0] ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /**
     * Tells an input's error on stderr unless the report itself is text on stdout, where it already stands: a
     * person reads each error once, and a machine-readable report still gets a readable line beside it.
     */
    private void tellError(ClaimCheckException error) {
        if (format != ReportFormat.TEXT || output != null) {
            spec.commandLine().getErr().println("claimcheck: error: " + error.describe());
        }
    }

}
