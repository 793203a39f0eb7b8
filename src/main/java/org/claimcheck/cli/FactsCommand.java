package org.claimcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.input.ReadResult;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.FactsJsonWriter;
import org.claimcheck.report.FactsTextWriter;
import org.claimcheck.report.ReportFormat;
import org.claimcheck.report.TokensTextWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck facts}: prints the facts extracted from articles, as the rules see them. */
@Command(name = "facts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the facts extracted from articles: sentences, quantities (bounds, counted thing, "
                + "place, source, stance), sources, claims and places.", "",
                "Example:  claimcheck facts --format json article.txt", ""},
        exitCodeListHeading = "%nExit codes:%n")
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Inputs inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--tokens", description = "Print the linguistic layer instead of the facts: every token as "
            + "word/TAG/lemma, then the sentence's noun phrases, verb groups, prepositional phrases and clauses.")
    boolean tokens;

    @Override
    public Integer call() throws IOException {
        if (format != ReportFormat.TEXT && format != ReportFormat.JSON) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "facts writes text or json; " + format.name().toLowerCase(java.util.Locale.ROOT) + " is for check");
        }
        // Facts need no rules; the bundled ones compile quickly and keep one code path through the API.
        ClaimChecker checker = ClaimChecker.builder().build();
        if (tokens) {
            return writeTokens(checker);
        }
        List<DocumentReport> reports = new ArrayList<>();
        for (ReadResult input : inputs.read()) {
            reports.add(checker.extract(input));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ReportFormat.JSON) {
            FactsJsonWriter.write(reports, out);
        } else {
            FactsTextWriter.write(reports, out);
        }
        out.flush();
        return reports.stream().allMatch(DocumentReport::ok) ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
    }

    private int writeTokens(ClaimChecker checker) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean allRead = true;
        for (ReadResult input : inputs.read()) {
            if (input instanceof ReadResult.Loaded loaded) {
                TokensTextWriter.write(checker.annotate(loaded.article()), out);
            } else {
                allRead = false;
                out.println("== " + input.id() + "  (" + input.origin() + ")  error: "
                        + ((ReadResult.Failed) input).error().getMessage());
            }
        }
        out.flush();
        return allRead ? ExitCode.OK.code() : ExitCode.INPUT_FAILED.code();
    }
}
