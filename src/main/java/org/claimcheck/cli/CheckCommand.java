package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.engine.Finding;
import org.claimcheck.facts.Severity;
import org.claimcheck.input.ReadResult;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.JsonReportWriter;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.TextReportWriter;
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
                "  claimcheck check --rules my-rules/ --fail-on warning article.txt", ""},
        exitCodeListHeading = "%nExit codes:%n")
final class CheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Mixin
    RuleOptions rules;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--together", description = "Also compare the documents with each other: the same count given "
            + "incompatible values by two reports, a claim in one denied in another. A later report (by its "
            + "'published' time) with a higher figure is an update, reported as info.")
    boolean together;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", description = "Exit with status 1 when a finding of this "
            + "severity or worse is reported: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    @Override
    public Integer call() throws IOException {
        ClaimChecker checker = rules.build();
        List<ReadResult> read = inputs.read();
        if (together) {
            return checkTogether(checker, read);
        }
        List<DocumentReport> reports = new ArrayList<>();
        for (ReadResult input : read) {
            DocumentReport report = checker.check(input);
            report.error().ifPresent(e -> LOG.warn("{}", e.describe()));
            reports.add(report);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            JsonReportWriter.write(reports, out);
        } else {
            TextReportWriter.write(reports, out);
        }
        out.flush();
        return exitCode(reports).code();
    }

    private int checkTogether(ClaimChecker checker, List<ReadResult> read) throws IOException {
        TogetherReport report = checker.checkTogether(read);
        report.error().ifPresent(e -> LOG.warn("{}", e.describe()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            JsonReportWriter.write(report, out);
        } else {
            TextReportWriter.write(report, out);
        }
        out.flush();
        List<Finding> across = report.across();
        ExitCode code = exitCode(report.documents(), across);
        return report.error().isPresent() ? ExitCode.INPUT_FAILED.code() : code.code();
    }

    private ExitCode exitCode(List<DocumentReport> reports) {
        return exitCode(reports, List.of());
    }

    private ExitCode exitCode(List<DocumentReport> reports, List<Finding> across) {
        if (reports.stream().anyMatch(r -> !r.ok())) {
            return ExitCode.INPUT_FAILED;
        }
        if (failOn != null) {
            List<Finding> all = new ArrayList<>(across);
            reports.forEach(r -> all.addAll(r.findings()));
            if (all.stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0)) {
                return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }
}
