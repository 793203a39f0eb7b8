package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every hand-written fixture under {@code fixtures/} through the bundled rules and requires exactly
 * the expected findings (see {@link FixtureRunner}); cases in {@code fixtures/known-gaps.txt} must still
 * fail, so a fix is noticed and the entry removed.
 */
class FixturesTest {

    private static final Path FIXTURES = Path.of("fixtures");
    private static final List<FixtureResult> RESULTS = new FixtureRunner(ClaimChecker.builder().build()).run(FIXTURES);

    static Stream<Named<FixtureResult>> results() {
        return RESULTS.stream().map(r -> Named.of(r.name(), r));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("results")
    void fixtureProducesExactlyItsExpectedFindings(FixtureResult result) {
        if (result.knownGap()) {
            assertThat(result.differences()).as("%s is listed in fixtures/known-gaps.txt but now passes: remove it",
                    result.name()).isNotEmpty();
        } else {
            assertThat(result.differences()).as("findings of %s (expected %s, got %s)", result.name(), result.expected(),
                    result.actual()).isEmpty();
        }
    }
}
