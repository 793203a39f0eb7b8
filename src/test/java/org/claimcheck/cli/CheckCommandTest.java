package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcheck.input.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Black-box tests of {@code claimcheck check}: exit code, stdout format, stderr messages. */
class CheckCommandTest {

    private static final String MARCH = "The union said more than 50,000 people took part in the march. "
            + "Police put the turnout at 9,500.";
    private static final String RALLY = "The governing party said more than 2 million supporters attended its rally.";

    @TempDir
    Path dir;

    @Test
    void jsonReportFollowsTheContractWithExactEvidenceText() throws IOException {
        // given
        String text = "The transport agency said at least 40 people were killed in the crash. "
                + "The regional governor said 31 people had died.";
        Path article = Files.writeString(dir.resolve("crash.txt"), text);

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
        JsonNode doc = Json.mapper().readTree(run.out()).get("documents").get(0);
        assertThat(doc.get("id").asText()).isEqualTo("crash");
        assertThat(doc.get("error").isNull()).isTrue();
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("kind").asText()).isEqualTo("numeric-conflict");
        for (JsonNode e : finding.get("evidence")) {
            assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
        }
    }

    @Test
    void unreadableInputIsReportedAndTheOthersStillChecked() throws IOException {
        // given
        Path good = Files.writeString(dir.resolve("good.txt"), "Police said 12 people were arrested.");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", good.toString(), empty.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        JsonNode docs = Json.mapper().readTree(run.out()).get("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("error").isNull()).isTrue();
        assertThat(docs.get(1).get("error").asText()).contains("empty");
    }

    @Test
    void aWarningExitsWithOneByDefault() throws IOException {
        // issue #17: findings at or above warning fail the run, as a linter's do
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("numeric-conflict");
    }

    @Test
    void failOnNeverExitsWithZeroWhateverIsFound() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "--fail-on", "never", article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("numeric-conflict");
    }

    @Test
    void failOnErrorLetsAWarningPass() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "--fail-on", "error", article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void anInfoFindingPassesByDefaultAndFailsWithFailOnInfo() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("rally.txt"), RALLY);

        // when
        CommandRun byDefault = CommandRun.of("check", article.toString());
        CommandRun onInfo = CommandRun.of("check", "--fail-on", "info", article.toString());

        // then
        assertThat(byDefault.out()).contains("single-source");
        assertThat(byDefault.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(onInfo.exit()).isEqualTo(ExitCode.FINDINGS.code());
    }

    @Test
    void helpStatesTheDefaultFailOnSeverity() {
        // when
        CommandRun run = CommandRun.of("check", "--help");

        // then
        assertThat(run.out().replaceAll("\\s+", " ")).contains("never, info, warning, error (default: warning")
                .contains("1 findings at or above --fail-on (default: warning)");
    }

    @Test
    void aMissingInputIsReportedOnceAsAnError() throws IOException {
        // issue #17: the text report showed the error and a WARN log line repeated it
        // when
        CommandRun run = CommandRun.of("check", dir.resolve("missing.txt").toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        assertThat(run.out()).containsOnlyOnce("no such file or folder").contains("ERROR");
        assertThat(run.err()).doesNotContain("no such file").doesNotContain("WARN");
    }

    @Test
    void aMissingInputIsToldOnStderrBesideAMachineReadableReport() throws IOException {
        // when
        CommandRun run = CommandRun.of("check", "--format", "json", dir.resolve("missing.txt").toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        assertThat(Json.mapper().readTree(run.out()).get("documents").get(0).get("error").asText()).contains("no such file");
        assertThat(run.err()).containsOnlyOnce("no such file or folder").contains("claimcheck: error: ");
    }

    @Test
    void anOutputFileInAFolderThatDoesNotExistIsAUsageErrorNamingTheFolder() throws IOException {
        // issue #17: this exited 70 with a NoSuchFileException stack trace
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);
        Path report = dir.resolve("no-such-folder").resolve("report.txt");

        // when
        CommandRun run = CommandRun.of("check", "-o", report.toString(), article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("the folder " + report.getParent() + " does not exist").doesNotContain("Exception");
    }

    @Test
    void anOutputThatIsAFolderIsAUsageError() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "-o", dir.toString(), article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("it is a folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2"})
    void threadsBelowOneAreAUsageError(String threads) throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "--threads", threads, article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("--threads must be at least 1, was " + threads);
    }

    @Test
    void brokenRuleFileIsReportedWithFileAndLine() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Quantity;
                rule "Broken"
                    @kind("x") @severity("info")
                when
                    Quantity( ammount > 3 )
                then
                end
                """);

        // when
        CommandRun run = CommandRun.of("rules", "validate", "--no-default-rules", "--rules", rules.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("broken.drl:").contains("ammount");
    }

    @Test
    void helpListsExitCodes() {
        // when
        CommandRun run = CommandRun.of("check", "--help");

        // then
        assertThat(run.out()).contains("Exit codes:").contains("some inputs failed");
    }

    @Test
    void aRuleThatThrowsFailsOnlyTheDocumentItThrowsOn() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("throwing"));
        Files.writeString(rules.resolve("throws.drl"), """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Sentence;
                rule "Throws on storms"
                    @kind("test") @severity("info")
                when
                    Sentence( text.contains("storm") )
                then
                    throw new IllegalStateException("cannot handle storms");
                end
                """);
        Path storm = Files.writeString(dir.resolve("storm.txt"), "The storm killed 12 people, officials said.");
        Path quiet = Files.writeString(dir.resolve("quiet.txt"), "Police said 12 people were arrested.");

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--rules", rules.toString(), storm.toString(), quiet.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.INPUT_FAILED.code());
        JsonNode docs = Json.mapper().readTree(run.out()).get("documents");
        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).get("error").asText()).contains("Throws on storms").contains("cannot handle storms");
        assertThat(docs.get(1).get("error").isNull()).isTrue();
    }

    @Test
    void togetherComparesDocumentsAndNamesEachSide() throws IOException {
        // given
        Path first = Files.writeString(dir.resolve("first.txt"),
                "The port authority said at least 30 dock workers were injured in the blast in Varna.");
        Path second = Files.writeString(dir.resolve("second.txt"),
                "Hospital officials said 12 dock workers were injured in the blast in Varna.");

        // when
        CommandRun run = CommandRun.of("check", "--together", "--format", "json", first.toString(), second.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
        JsonNode across = Json.mapper().readTree(run.out()).get("together").get("findings");
        assertThat(across).hasSize(1);
        assertThat(across.get(0).get("evidence").get(0).get("document").asText()).isIn("first", "second");
        assertThat(across.get(0).get("evidence").get(1).get("document").asText()).isIn("first", "second");
    }

    @Test
    void togetherInJsonLinesWritesTheComparisonAndTheSummaryAsLinesOfTheirOwn() throws IOException {
        // issue #16: this exited 70 with a JsonGenerationException and lost the cross-document findings
        // given
        Path first = Files.writeString(dir.resolve("first.txt"),
                "The port authority said at least 30 dock workers were injured in the blast in Varna.");
        Path second = Files.writeString(dir.resolve("second.txt"),
                "Hospital officials said 12 dock workers were injured in the blast in Varna.");

        // when
        CommandRun run = CommandRun.of("check", "--together", "--format", "jsonl", first.toString(), second.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(Json.mapper().readTree(lines[0]).get("id").asText()).isEqualTo("first");
        assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("second");
        assertThat(Json.mapper().readTree(lines[2]).get("together").get("findings")).hasSize(1);
        assertThat(Json.mapper().readTree(lines[3]).get("summary").get("documents").asInt()).isEqualTo(2);
    }

    @Test
    void aUsageErrorIsOneLineAndAPointerToHelpNotTheWholeHelp() {
        // issue #17: a wrong value printed the 60-line help after the message
        // when
        CommandRun run = CommandRun.of("check", "--format", "xml", "a.txt");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).isEqualTo("claimcheck check: Invalid value for option '--format': expected one of text, json, "
                + "jsonl, html, csv, was 'xml'\nsee 'claimcheck check --help'\n");
    }

    @Test
    void aMisspeltOptionIsNamedWithTheClosestOne() {
        // when
        CommandRun run = CommandRun.of("check", "--thread", "2", "a.txt");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("Unknown option: '--thread'").contains("Possible solutions: --threads")
                .contains("see 'claimcheck check --help'").doesNotContain("Usage:");
    }

    @Test
    void aValueRefusedWhileRunningIsAlsoOneLine() {
        // when
        CommandRun run = CommandRun.of("check", "--rule-time-limit", "0", "a.txt");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).startsWith("claimcheck check: --rule-time-limit must be a positive number")
                .doesNotContain("Usage:");
    }

    @Test
    void colorAlwaysColoursTheTextReportEvenIntoAPipe() throws IOException {
        // given
        Path article = Files.writeString(dir.resolve("a.txt"), MARCH);

        // when
        CommandRun always = CommandRun.of("check", "--color", "always", article.toString());
        CommandRun never = CommandRun.of("check", "--color", "never", article.toString());

        // then
        assertThat(always.out()).contains("\u001b[");
        assertThat(never.out()).doesNotContain("\u001b[").contains("numeric-conflict");
    }

    @Test
    void aWrongColorChoiceListsTheChoicesInLowerCase() {
        // when
        CommandRun run = CommandRun.of("check", "--color", "sometimes", "a.txt");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("expected one of auto, always, never, was 'sometimes'");
    }

    @Test
    void selectReportsOnlyTheNamedKindsAndTheExitCodeFollowsWhatIsReported() throws IOException {
        // given: a numeric conflict (warning) and a self-reported crowd (info)
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);
        Path rally = Files.writeString(dir.resolve("rally.txt"), RALLY);

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--select", "single-source", march.toString(),
                rally.toString());

        // then
        assertThat(kinds(run)).containsExactly("single-source");
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
    }

    @Test
    void ignoreLeavesOutTheNamedKinds() throws IOException {
        // given
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);
        Path rally = Files.writeString(dir.resolve("rally.txt"), RALLY);

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--ignore", "single-source,disputed-claim",
                march.toString(), rally.toString());

        // then
        assertThat(kinds(run)).containsExactly("numeric-conflict");
    }

    @Test
    void minSeverityLeavesOutLessSevereFindings() throws IOException {
        // given
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);
        Path rally = Files.writeString(dir.resolve("rally.txt"), RALLY);

        // when
        CommandRun run = CommandRun.of("check", "--format", "json", "--min-severity", "warning", march.toString(),
                rally.toString());

        // then
        assertThat(kinds(run)).containsExactly("numeric-conflict");
    }

    @Test
    void aKindNoRuleEmitsIsAUsageErrorListingTheKinds() throws IOException {
        // given
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "--select", "numeric-confict", march.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no rule emits the kind 'numeric-confict'; the kinds are: disputed-claim, "
                + "numeric-conflict,");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void statisticsCountTheReportedFindingsByKindOnStderr() throws IOException {
        // given
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);
        Path rally = Files.writeString(dir.resolve("rally.txt"), RALLY);

        // when
        CommandRun run = CommandRun.of("check", "--quiet", "--format", "json", "--statistics", march.toString(),
                rally.toString());

        // then
        assertThat(Json.mapper().readTree(run.out()).get("documents")).hasSize(2);
        assertThat(run.err()).matches("(?s)claimcheck: findings by kind\n +1  numeric-conflict +warning\n"
                + " +1  single-source +info\n");
    }

    @Test
    void csvHasAHeaderAndOneRowPerFinding() throws IOException {
        // given
        Path march = Files.writeString(dir.resolve("march.txt"), MARCH);

        // when
        CommandRun run = CommandRun.of("check", "--format", "csv", march.toString());

        // then
        String[] rows = run.out().split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[0]).startsWith("document,path,severity,kind,message,evidence_1,source_1,start_1,end_1,");
        assertThat(rows[1]).startsWith("march," + march + ",warning,numeric-conflict,");
        assertThat(rows[1]).contains(",\"more than 50,000\",The union,").contains(",\"9,500\",");
    }

    private static java.util.List<String> kinds(CommandRun run) throws IOException {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode doc : Json.mapper().readTree(run.out()).get("documents")) {
            doc.get("findings").forEach(f -> kinds.add(f.get("kind").asText()));
        }
        return kinds;
    }
}
