package org.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.input.Article;
import org.claimcheck.report.DocumentReport;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final String LOOPING = """
            package org.claimcheck.rules;
            import org.claimcheck.facts.Sentence;
            rule "Keeps inserting new sentences"
                @kind("loop") @severity("info")
            when
                $s : Sentence( )
            then
                insert(new Sentence($s.document(), $s.index() + 1, $s.span(), $s.text()));
            end
            """;

    @Test
    void runawayRuleIsStoppedAndNamed() {
        // given
        RuleSet rules = RuleCompiler.compile(List.of(new RuleSource("loop.drl", LOOPING)));
        RuleEngine engine = new RuleEngine(rules);
        DocumentFacts facts = new DocumentFacts("d", new org.claimcheck.facts.Document("d", "", "", "", 0),
                List.of(new org.claimcheck.facts.Sentence("d", 0,
                new org.claimcheck.input.Span(0, 3), "Hi.")), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> engine.run(facts));

        // then
        assertThat(thrown).isInstanceOf(RuleExecutionException.class).hasMessageContaining("Keeps inserting new sentences");
    }

    @Test
    void emittingRuleWithoutKindMetadataIsRejectedAtCompileTime() {
        // given
        String drl = """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Sentence;
                import function org.claimcheck.engine.Findings.emit;
                rule "No metadata"
                when
                    Sentence( )
                then
                    emit(drools, "A sentence.");
                end
                """;

        // when
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> RuleCompiler.compile(List.of(new RuleSource("bare.drl", drl))));

        // then
        assertThat(thrown).isInstanceOf(RuleCompilationException.class).hasMessageContaining("bare.drl:4")
                .hasMessageContaining("@kind");
    }

    @Test
    void helperRuleThatOnlyDerivesFactsNeedsNoMetadata() {
        // given
        String drl = """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Sentence;
                declare Opening
                    sentence : Sentence
                end
                rule "The first sentence opens the document"
                when
                    $s : Sentence( index == 0 )
                then
                    insertLogical(new Opening($s));
                end
                """;

        // when
        RuleSet rules = RuleCompiler.compile(List.of(new RuleSource("helper.drl", drl)));

        // then
        assertThat(rules.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.emits()).isFalse();
            assertThat(rule.kind()).isEmpty();
            assertThat(rule.line()).isEqualTo(6);
        });
    }

    @Test
    void checkerReportsARuleErrorForTheDocumentInsteadOfThrowing() {
        // given
        ClaimChecker checker = ClaimChecker.builder().build();

        // when
        DocumentReport report = checker.check(Article.of("a", "a", "Police said 12 people were arrested."));

        // then
        assertThat(report.ok()).isTrue();
    }
}
