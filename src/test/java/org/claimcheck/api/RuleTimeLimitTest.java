package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.claimcheck.input.Article;
import org.claimcheck.input.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule that waits is stopped at the time limit; the document fails naming it, and the next is checked. */
class RuleTimeLimitTest {

    private static final String SLEEPY = """
            package org.claimcheck.rules;

            import org.claimcheck.facts.Quantity;
            import function org.claimcheck.engine.Findings.emit;

            rule "Waits for ever on every figure"
                @kind("sleepy")
                @severity("info")
            when
                $q : Quantity( )
            then
                Thread.sleep(60_000);
                emit(drools, "woke up", $q);
            end
            """;

    @TempDir
    Path dir;

    @Test
    void aRuleThatSleepsIsStoppedAtTheLimitAndTheNextDocumentIsChecked() throws IOException {
        // given
        Files.writeString(dir.resolve("sleepy.drl"), SLEEPY);
        ClaimChecker checker = ClaimChecker.builder().rules(dir).ruleTimeLimit(Duration.ofMillis(300)).build();
        Article withFigure = new Article("a", "a", TextNormalizer.normalize("Police said 5 people died."), Map.of());
        Article without = new Article("b", "b", TextNormalizer.normalize("The mayor spoke on Monday."), Map.of());

        // when
        long start = System.nanoTime();
        var stopped = checker.check(withFigure);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        var checked = checker.check(without);

        // then
        assertThat(tookMillis).isLessThan(10_000);
        assertThat(stopped.error()).hasValueSatisfying(e -> assertThat(e.getMessage())
                .contains("Waits for ever on every figure").contains("time limit of 300 ms"));
        assertThat(checked.error()).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void theLimitTravelsWithTheConfiguration() {
        ClaimChecker checker = ClaimChecker.builder().ruleTimeLimit(Duration.ofSeconds(7)).build();

        assertThat(checker.config().ruleTimeLimitMillis()).isEqualTo(7_000);
        assertThat(checker.config().toBuilder().build().config()).isEqualTo(checker.config());
    }

    @Test
    void aLimitThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> ClaimChecker.builder().ruleTimeLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }
}
