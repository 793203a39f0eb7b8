package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.claimcheck.input.Article;
import org.claimcheck.input.TextNormalizer;
import org.junit.jupiter.api.Test;

/** The firing limit grows with the pairs of figures, so a legitimate article with many tolls is checked. */
class FiringLimitTest {

    @Test
    void aHundredAndFiftyQuotedTollsAreComparedNotCalledARunaway() {
        // given: 150 officials, each with another toll for the same count
        String text = IntStream.range(0, 150)
                .mapToObj(i -> "Official Number" + i + " said " + (10 + i) + " people died in Leeds.")
                .collect(Collectors.joining(" "));
        Article article = new Article("t", "t", TextNormalizer.normalize(text), Map.of());

        // when
        var report = ClaimChecker.builder().build().check(article);

        // then
        assertThat(report.error()).isEmpty();
        assertThat(report.findings()).hasSize(150 * 149 / 2);
    }
}
