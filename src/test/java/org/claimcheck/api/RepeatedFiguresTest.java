package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.claimcheck.engine.DocumentFacts;
import org.claimcheck.facts.Quantity;
import org.claimcheck.input.Article;
import org.claimcheck.input.TextNormalizer;
import org.junit.jupiter.api.Test;

/** A figure its source repeats is marked as a repetition and pitted against nothing (issue #16). */
class RepeatedFiguresTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();

    private static Article article(String text) {
        return new Article("r", "r", TextNormalizer.normalize(text), Map.of());
    }

    @Test
    void theSecondOfTwoIdenticalStatementsRepeatsTheFirst() {
        // given
        Article twice = article("Police said 5 people died in Leeds. Police said 5 people died in Leeds. "
                + "Officials said 9 people died in Leeds.");

        // when
        DocumentFacts facts = CHECKER.facts(twice);

        // then
        List<Quantity> figures = facts.quantities();
        assertThat(figures).extracting(Quantity::repeatOf).containsExactly(0, 1, 0);
        assertThat(figures.get(1).firm()).isFalse();
        assertThat(CHECKER.check(twice).findings()).hasSize(1);
    }

    @Test
    void theSameNumberFromAnotherSourceIsNoRepetition() {
        DocumentFacts facts = CHECKER.facts(article("Police said 5 people died in Leeds. Officials said 5 people died in Leeds."));

        assertThat(facts.quantities()).extracting(Quantity::repeatOf).containsExactly(0, 0);
    }

    @Test
    void twoThousandRepetitionsAreCheckedWithoutRunningAway() {
        DocumentFacts facts = CHECKER.facts(article("Police said 5 people died. ".repeat(2_000)));

        assertThat(facts.quantities()).hasSize(2_000);
        assertThat(CHECKER.check(article("Police said 5 people died. ".repeat(2_000))).error()).isEmpty();
    }
}
