package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.ReportWriter;
import org.claimcheck.report.Summary;
import org.claimcheck.report.TogetherReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck check}: reads articles, runs the rules, prints the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check articles for contradictions and print the findings with their evidence.", "",
                "Examples:", "  claimcheck check article.txt", "  claimcheck check --format json feeds/ > report.json",
                "  claimcheck check --format jsonl --threads 4 big-feed.jsonl > findings.jsonl",
                "  claimcheck check --together outlet-a.json outlet-b.json",
                "  claimcheck check --rules my-rules/ --fail-on warning article.txt", ""})
final class CheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Mixin
    RuleOptions rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl writes one "
                    + "document per line as it is checked.")
    ReportFormat format;

    @Option(names = "--together", description = "Also compare the documents with each other: the same count given "
            + "incompatible values by two reports, a claim in one denied in another. A later report (by its "
            + "'published' time) with a higher figure is an update, reported as info. Holds all documents in memory.")
    boolean together;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with status 1 when a finding of this "
            + "severity or worse is reported: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    @Option(names = "--threads", paramLabel = "N", description = "Check with N worker threads (default: the number of "
            + "processors). Output keeps input order.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Show no progress on stderr.")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of "
            + "standard output (e.g. -o report.html with --format html).")
    java.nio.file.Path output;

    @Option(names = "--no-color", description = "Never colour the text report (also: the NO_COLOR environment variable).")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
        ClaimChecker checker = rules.build();
        if (output == null) {
            return run(checker, spec.commandLine().getOut(), System.console() != null);
        }
        try (PrintWriter file = new PrintWriter(java.nio.file.Files.newBufferedWriter(output,
                java.nio.charset.StandardCharsets.UTF_8))) {
            int code = run(checker, file, false);
            spec.commandLine().getErr().println("claimcheck: report written to " + output);
            return code;
        }
    }

    private int run(ClaimChecker checker, PrintWriter out, boolean terminal) throws IOException {
        ReportWriter writer = ReportWriter.of(format, out, terminal && !noColor && System.getenv("NO_COLOR") == null);
        boolean[] failing = new boolean[1];
        if (together) {
            TogetherReport report = checker.checkTogether(inputs.read());
            report.error().ifPresent(e -> LOG.warn("{}", e.describe()));
            for (DocumentReport document : report.documents()) {
                writer.document(document);
                failing[0] |= fails(document.findings());
            }
            writer.across(report);
            failing[0] |= fails(report.across());
            writer.finish();
            return exitCode(writer.summary(), failing[0], report.error().isPresent());
        }
        Progress progress = new Progress(spec.commandLine().getErr(), !quiet, terminal);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
        checker.checkEach(inputs.stream(), workers, format == ReportFormat.HTML, report -> {
            report.error().ifPresent(e -> LOG.warn("{}", e.describe()));
            try {
                writer.document(report);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            failing[0] |= fails(report.findings());
            progress.counted(report.ok());
        });
        progress.done();
        writer.finish();
        return exitCode(writer.summary(), failing[0], false);
    }

    private boolean fails(java.util.List<Finding> findings) {
        return failOn != null && findings.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
    }

    private static int exitCode(Summary summary, boolean failing, boolean batchFailed) {
        if (summary.failed() > 0 || batchFailed) {
            return ExitCode.INPUT_FAILED.code();
        }
        return failing ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
