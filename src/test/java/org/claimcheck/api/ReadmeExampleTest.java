package org.claimcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.engine.Finding;
import org.claimcheck.input.Article;
import org.claimcheck.report.DocumentReport;
import org.junit.jupiter.api.Test;

/** The embedding example in the README compiles and runs: the block between the markers is this code. */
class ReadmeExampleTest {

    @Test
    void readmeEmbeddingExampleRuns() {
        List<String> lines = new ArrayList<>();
        // README example start
        ClaimChecker checker = ClaimChecker.builder().build();  // compiles the rules once: build one, share it
        Article article = Article.of("a1", "cms:story/1881",
                "The ministry said at least 40 people died in the fire. The governor said 31 people had died.");
        DocumentReport report = checker.check(article);        // never throws for a bad article or rule
        for (Finding finding : report.findings()) {
            lines.add(finding.severity() + " " + finding.kind() + ": " + finding.message());
        }
        // README example end

        assertThat(report.error()).isEmpty();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("warning numeric-conflict");
    }

    @Test
    void readmeShowsExactlyTheExampleThisTestRuns() throws IOException {
        // given
        String source = Files.readString(Path.of("src/test/java/org/claimcheck/api/ReadmeExampleTest.java"));
        String readme = Files.readString(Path.of("README.md"));

        // when
        String example = source.substring(source.indexOf("// README example start") + "// README example start".length(),
                source.indexOf("        // README example end"));

        // then
        assertThat(squeeze(readme)).contains(squeeze(example.replace("lines.add(", "System.out.println(")));
    }

    private static String squeeze(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }
}
