package org.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.drools.core.reteoo.BetaNode;
import org.drools.core.reteoo.ReteDumper;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code rules/same-count.drl} pair figures through hash-indexed joins (document, population,
 * time), so that a document's figures are compared only with figures that can be of the same count, not
 * every one with every other (issue #16).
 */
class SameCountJoinTest {

    @Test
    void figuresArePairedThroughAnIndexOnDocumentPopulationAndTime() {
        // given
        RuleSet rules = RuleCompiler.compile(RuleSources.bundled());

        // when
        List<BetaNode> pairing = ReteDumper.collectRete(rules.base()).stream()
                .filter(BetaNode.class::isInstance).map(BetaNode.class::cast)
                .filter(node -> Arrays.stream(node.getAssociatedRules()).anyMatch(r -> r.getName().startsWith("Two firm figures")))
                .filter(node -> Arrays.toString(node.getConstraints()).contains("population == $a.population"))
                .toList();

        // then
        assertThat(pairing).hasSize(2).allSatisfy(node -> {
            assertThat(node.getRawConstraints().isIndexed()).isTrue();
            assertThat(node.getRawConstraints().getIndexCount()).isEqualTo(3);
        });
    }
}
