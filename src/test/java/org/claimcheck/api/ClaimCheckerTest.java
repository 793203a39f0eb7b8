package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Article;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.ReadResult;
import org.claimcheck.input.TextNormalizer;
import org.claimcheck.report.DocumentReport;
import org.claimcheck.report.TogetherReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCheckerTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();

    private static ReadResult article(String id, String published, String text) {
        return new ReadResult.Loaded(new Article(id, id, TextNormalizer.normalize(text), Map.of("published", published)));
    }

    @Test
    void reportsFromTwoOutletsThatDisagreeGiveAFindingNamingBothDocuments() {
        // given
        ReadResult first = article("first", "2026-02-01T10:00:00Z",
                "The port authority said at least 30 dock workers were injured in the blast in Varna.");
        ReadResult second = article("second", "2026-02-01T10:05:00Z",
                "Hospital officials said 12 dock workers were injured in the blast in Varna.");

        // when
        TogetherReport report = CHECKER.checkTogether(List.of(first, second));

        // then
        assertThat(report.across()).extracting(Finding::kind).containsExactly("numeric-conflict");
        assertThat(report.across().get(0).evidence()).extracting(e -> e.document()).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    void aHigherFigureInALaterReportIsAnUpdateNotAConflict() {
        // given
        ReadResult morning = article("morning", "2026-02-01T08:00:00Z",
                "The flood killed 14 people in Sarnen, the canton's police said.");
        ReadResult evening = article("evening", "2026-02-01T20:00:00Z",
                "The flood killed 22 people in Sarnen, the canton's police said on Saturday evening.");

        // when
        TogetherReport report = CHECKER.checkTogether(List.of(morning, evening));

        // then
        assertThat(report.across()).extracting(Finding::kind).containsExactly("updated-figure");
    }

    @Test
    void documentsCheckedTogetherMustHaveDistinctIds() {
        // given
        ReadResult one = article("same", "", "Police said 4 people were arrested.");
        ReadResult two = article("same", "", "Police said 5 people were arrested.");

        // when / then
        assertThatThrownBy(() -> CHECKER.checkTogether(List.of(one, two))).isInstanceOf(ClaimCheckException.class)
                .hasMessageContaining("same");
    }

    @Test
    void configurationSurvivesSerializationAndBuildsAnEquivalentChecker() throws Exception {
        // given
        CheckerConfig config = CHECKER.config();

        // when
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        CheckerConfig copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CheckerConfig) in.readObject();
        }

        // then
        assertThat(copy).isEqualTo(config);
        assertThat(copy.toBuilder().build().rules()).isEqualTo(CHECKER.rules());
    }

    @Test
    void anArticleReadFromAReaderIsCheckedWithItsFactsOnRequest() {
        // given
        Article article = Article.read("r1", "stream", new java.io.StringReader(
                "Organisers said 9,000 people joined the march.\r\nPolice said 2,000 people joined the march."),
                Map.of("outlet", "Metro Daily"));

        // when
        var report = CHECKER.checkWithFacts(article);

        // then
        assertThat(article.text()).doesNotContain("\r");
        assertThat(report.facts()).isPresent();
        assertThat(report.facts().get().quantities()).hasSize(2);
        assertThat(report.facts().get().about().outlet()).isEqualTo("Metro Daily");
        assertThat(report.findings()).extracting(Finding::kind).containsExactly("numeric-conflict");
    }

    @Test
    void aConditionThatFailsOnAFactFailsTheDocumentInsteadOfThrowing(@TempDir Path rules) throws IOException {
        // issue #17: the README promises check never throws for a bad rule
        // given
        Files.writeString(rules.resolve("late.drl"), """
                package org.claimcheck.rules;
                import org.claimcheck.facts.Sentence;
                rule "A sentence's five-hundredth character is an x"
                when
                    Sentence( text.charAt(500) == 'x' )
                then
                end
                """);
        ClaimChecker checker = ClaimChecker.builder().withoutDefaultRules().rules(rules).build();

        // when
        DocumentReport report = checker.check(Article.of("a1", "inline", "Police said 12 people were arrested."));

        // then
        assertThat(report.error()).hasValueSatisfying(e -> assertThat(e.getMessage())
                .contains("a rule's condition failed on this document: StringIndexOutOfBoundsException"));
    }
}
