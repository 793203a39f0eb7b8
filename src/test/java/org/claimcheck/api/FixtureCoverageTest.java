package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.engine.RuleInfo;
import org.claimcheck.input.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled rule that emits findings has fixtures in {@code fixtures/<rule-file-name>/}: a case expecting
 * its kind and a near-miss that does not (STYLE.md section 5). Helper rules, which only derive facts for
 * other rules, are covered by the fixtures of the rules that match their facts.
 */
class FixtureCoverageTest {

    static Stream<RuleInfo> emittingRules() {
        return ClaimChecker.builder().build().rules().stream().filter(RuleInfo::emits);
    }

    private static List<JsonNode> expectedFindingLists(Path area) throws IOException {
        List<JsonNode> lists = new ArrayList<>();
        try (Stream<Path> files = Files.walk(area)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".expected.json")).toList()) {
                lists.add(Json.mapper().readTree(file.toFile()).path("findings"));
            }
        }
        return lists;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emittingRules")
    void everyEmittingRuleHasAFiringCaseAndANearMiss(RuleInfo rule) throws IOException {
        // given
        Path area = Path.of("fixtures", Path.of(rule.file()).getFileName().toString().replaceFirst("\\.drl$", ""));

        // when
        List<JsonNode> expected = Files.isDirectory(area) ? expectedFindingLists(area) : List.of();

        // then
        assertThat(expected).as("fixtures in %s expecting a %s finding (rule \"%s\")", area, rule.kind(), rule.name())
                .anySatisfy(findings -> assertThat(findings.findValuesAsText("kind")).contains(rule.kind()));
        assertThat(expected).as("near-miss fixtures in %s expecting no %s finding", area, rule.kind())
                .anySatisfy(findings -> assertThat(findings.findValuesAsText("kind")).doesNotContain(rule.kind()));
    }
}
