package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.claimcheck.engine.Evidence;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Article;
import org.claimcheck.input.Json;
import org.claimcheck.report.DocumentReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every hand-written fixture ({@code fixtures/<area>/<case>.txt} beside {@code <case>.expected.json})
 * and requires exactly the expected findings: each expected one found (kind equal, every quote overlapped
 * by an evidence span), and no other finding. Cases listed in {@code fixtures/known-gaps.txt} must still
 * fail, so a fix is noticed and the entry removed.
 */
class FixturesTest {

    private static final Path FIXTURES = Path.of("fixtures");
    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.map(p -> FIXTURES.relativize(p).toString()).filter(p -> p.endsWith(".expected.json"))
                    .map(p -> p.substring(0, p.length() - ".expected.json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixtureProducesExactlyItsExpectedFindings(String name) throws IOException {
        // given
        String text = Files.readString(FIXTURES.resolve(name + ".txt"), StandardCharsets.UTF_8);
        JsonNode expected = Json.mapper().readTree(FIXTURES.resolve(name + ".expected.json").toFile()).get("findings");

        // when
        DocumentReport report = CHECKER.check(Article.of(name, name, text));

        // then
        List<String> differences = differences(text, expected, report.findings());
        if (knownGaps().contains(name)) {
            assertThat(differences).as("%s is listed in fixtures/known-gaps.txt but now passes: remove it", name)
                    .isNotEmpty();
        } else {
            assertThat(report.error()).isEmpty();
            assertThat(differences).as("findings of %s", name).isEmpty();
        }
    }

    private static List<String> differences(String text, JsonNode expected, List<Finding> findings) {
        List<String> differences = new ArrayList<>();
        for (JsonNode want : expected) {
            if (findings.stream().noneMatch(f -> covers(text, f, want))) {
                differences.add("missing " + want);
            }
        }
        for (Finding f : findings) {
            boolean wanted = false;
            for (JsonNode want : expected) {
                wanted |= covers(text, f, want);
            }
            if (!wanted) {
                differences.add("unexpected " + f.kind() + ": " + f.message() + " evidence "
                        + f.evidence().stream().map(Evidence::text).collect(Collectors.toList()));
            }
        }
        return differences;
    }

    private static boolean covers(String text, Finding finding, JsonNode want) {
        if (!finding.kind().equals(want.get("kind").asText())) {
            return false;
        }
        for (JsonNode quote : want.get("quotes")) {
            int start = text.indexOf(quote.asText());
            int end = start + quote.asText().length();
            if (start < 0 || finding.evidence().stream().noneMatch(e -> e.span().start() < end && start < e.span().end())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> knownGaps() throws IOException {
        return Files.readAllLines(FIXTURES.resolve("known-gaps.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
    }
}
