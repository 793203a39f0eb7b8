package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code claimcheck rules}: the commands docs/RULES.md shows, as printed there. */
class RulesCommandTest {

    private static final Path EXAMPLE = Path.of("docs/examples/crowd-estimates");

    @TempDir
    Path dir;

    @Test
    void exampleRulePackPassesItsOwnFixtures() {
        // when
        CommandRun run = CommandRun.of("rules", "test", "--no-default-rules", "--rules", EXAMPLE.toString(),
                EXAMPLE.resolve("fixtures").toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("PASS  crowd-estimate-gap/organisers-vs-police").contains("2 as expected, 0 not");
    }

    @Test
    void bundledRulesPassTheProjectFixtures() {
        // when
        CommandRun run = CommandRun.of("rules", "test", "fixtures");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).contains("0 not");
    }

    @Test
    void aFixtureThatDiffersIsShownWithTheDifferenceAndFailsTheRun() throws IOException {
        // given
        Path fixtures = Files.createDirectories(dir.resolve("fixtures/crowd-estimate-gap"));
        Files.writeString(fixtures.resolve("wrong.txt"), "Organisers said 9,000 people marched. Police said 8,500 people marched.");
        Files.writeString(fixtures.resolve("wrong.expected.json"),
                "{\"findings\": [{\"kind\": \"crowd-estimate-gap\", \"quotes\": [\"9,000\", \"8,500\"]}]}");

        // when
        CommandRun run = CommandRun.of("rules", "test", "--no-default-rules", "--rules", EXAMPLE.toString(), dir.resolve("fixtures").toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.FINDINGS.code());
        assertThat(run.out()).contains("FAIL  crowd-estimate-gap/wrong").contains("missing    crowd-estimate-gap");
    }

    @Test
    void rulesListShowsFileLineKindAndSeverity() {
        // when
        CommandRun run = CommandRun.of("rules", "list", "--no-default-rules", "--rules", EXAMPLE.toString());

        // then
        assertThat(run.out()).contains("crowd-estimate-gap.drl:18").contains("kind=crowd-estimate-gap severity=info");
    }

    @Test
    void rulesListMarksHelperRulesInsteadOfGivingThemAFindingKind() {
        // when
        CommandRun run = CommandRun.of("rules", "list");

        // then
        assertThat(run.out()).contains("same-count.drl:").contains("helper: derives facts, emits no findings")
                .doesNotContain("kind= ");
    }

    @Test
    void validateNamesTheMisspeltFieldWithItsLineAndColumn() throws IOException {
        // given
        String drl = Files.readString(EXAMPLE.resolve("crowd-estimate-gap.drl"))
                .replaceFirst("measure == \"attended\", firm, source != 0 \\)", "measur == \"attended\", firm, source != 0 )");
        Path broken = Files.writeString(Files.createDirectories(dir.resolve("rules")).resolve("gap.drl"), drl);

        // when
        CommandRun run = CommandRun.of("rules", "validate", broken.getParent().toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).containsPattern("gap\\.drl:\\d+:\\d+: ").contains("did you mean 'measure'?");
    }

    @Test
    void checkRefusesToStartOnBrokenRules() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(rules.resolve("syntax.drl"), "package org.claimcheck.rules;\nrule \"Unfinished\"\nwhen\n");
        Path article = Files.writeString(dir.resolve("a.txt"), "Police said 12 people were arrested.");

        // when
        CommandRun run = CommandRun.of("check", "--rules", rules.toString(), article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("syntax.drl:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aTypeErrorIsReportedAtTheExpression() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("typed"));
        Files.writeString(rules.resolve("typed.drl"), """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Quantity;
                rule "Compares a stance with a number"
                    @kind("x") @severity("info")
                when
                    Quantity( stance == 3 )
                then
                end
                """);

        // when
        CommandRun run = CommandRun.of("rules", "validate", rules.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("typed.drl:6:15: ").contains("compatible types");
    }

    private static final String HELPER_PACK = """
            package org.claimcheck.rules;

            import org.claimcheck.facts.Quantity;
            import function org.claimcheck.engine.Findings.emit;

            declare BigToll
                quantity : Quantity
            end

            rule "A toll above a thousand is big"
            when
                $q : Quantity( low > 1000 )
            then
                insertLogical(new BigToll($q));
            end

            rule "A big toll is reported"
                @kind("big-toll") @severity("info") @description("A toll above a thousand")
            when
                BigToll( $q : quantity )
            then
                emit(drools, "A big toll: " + $q.text(), $q);
            end
            """;

    @Test
    void aHelperRuleWithoutMetadataIsAcceptedAndItsDerivedFactIsMatched() throws IOException {
        // issue #17: a rule that only derives a fact must need no @kind or @severity
        // given
        Path rules = Files.createDirectories(dir.resolve("helper"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK);
        Path article = Files.writeString(dir.resolve("a.txt"), "The agency said 2,000 people died.");

        // when
        CommandRun validate = CommandRun.of("rules", "validate", rules.toString());
        CommandRun check = CommandRun.of("check", "--no-default-rules", "--rules", rules.toString(), article.toString());

        // then
        assertThat(validate.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(validate.out()).contains("2 rule(s) compiled without errors.");
        assertThat(check.out()).contains("INFO    big-toll  A big toll: 2,000");
    }

    @Test
    void rulesListShowsEachRulesDescription() throws IOException {
        // issue #17: the description was empty for every rule
        // given
        Path rules = Files.createDirectories(dir.resolve("helper"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK);

        // when
        CommandRun run = CommandRun.of("rules", "list", "--no-default-rules", "--rules", rules.toString());

        // then
        assertThat(run.out()).contains("\"A big toll is reported\"\n  kind=big-toll severity=info\n  A toll above a thousand\n")
                .contains("\"A toll above a thousand is big\"\n  helper: derives facts, emits no findings\n");
    }

    @Test
    void aNumberFieldComparedWithAWordIsATypeErrorAtItsColumn() throws IOException {
        // issue #17: 'low > "many"' passed validate, then check exited 70 with a NumberFormatException
        // given
        Path rules = Files.createDirectories(dir.resolve("clash"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK.replace("low > 1000", "low > \"many\""));

        // when
        CommandRun run = CommandRun.of("rules", "validate", rules.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("big.drl:12:20: Quantity.low is a number (double) but is compared with the "
                + "string \"many\"");
    }

    @Test
    void checkRefusesATypeClashBeforeReadingAnything() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("clash"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK.replace("low > 1000", "\"many\" < low"));
        Path article = Files.writeString(dir.resolve("a.txt"), "The agency said 2,000 people died.");

        // when
        CommandRun run = CommandRun.of("check", "--rules", rules.toString(), article.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("big.drl:12:29: Quantity.low is a number").doesNotContain("Exception");
    }

    @Test
    void anUnknownFactTypeIsShownWithItsColumnAndTheMissingImport() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("unknown"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK.replace("import org.claimcheck.facts.Quantity;\n", ""));

        // when
        CommandRun run = CommandRun.of("rules", "validate", rules.toString());

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.RULES_BROKEN.code());
        assertThat(run.err()).contains("big.drl:11:10: Unable to resolve ObjectType 'Quantity'\n  hint: missing import? "
                + "add: import org.claimcheck.facts.Quantity;");
    }

    @Test
    void validateDoesNotTellTheUserToRunValidate() throws IOException {
        // given
        Path rules = Files.createDirectories(dir.resolve("unknown"));
        Files.writeString(rules.resolve("big.drl"), HELPER_PACK.replace("import org.claimcheck.facts.Quantity;\n", ""));
        Path article = Files.writeString(dir.resolve("a.txt"), "The agency said 2,000 people died.");

        // when
        CommandRun validate = CommandRun.of("rules", "validate", rules.toString());
        CommandRun check = CommandRun.of("check", "--no-default-rules", "--rules", rules.toString(), article.toString());

        // then
        assertThat(validate.err()).doesNotContain("rules validate");
        assertThat(check.err()).contains("'claimcheck rules validate DIR' checks them");
    }

    @Test
    void explainShowsTheRulesThatEmitAKindAndTheCommentOfTheirFiles() {
        // when
        CommandRun run = CommandRun.of("rules", "explain", "part-exceeds-whole");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.OK.code());
        assertThat(run.out()).startsWith("part-exceeds-whole\n\nEmitted by:\n  rules/part-exceeds-whole.drl:")
                .contains("\nrules/part-exceeds-whole.drl:\n  part-exceeds-whole:").contains("Example");
    }

    @Test
    void explainingAKindNoRuleEmitsIsAUsageErrorListingTheKinds() {
        // when
        CommandRun run = CommandRun.of("rules", "explain", "numeric-confict");

        // then
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
        assertThat(run.err()).contains("no rule emits the kind 'numeric-confict'; the kinds are: disputed-claim, ");
    }
}
