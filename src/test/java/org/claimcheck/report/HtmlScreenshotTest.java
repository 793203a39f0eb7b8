package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.input.Article;
import org.claimcheck.input.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless browser when Debian's chromium is installed, and checks a
 * picture came out. Skipped, never failed, where there is no browser.
 */
class HtmlScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void theReportRendersInAHeadlessBrowser() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at /usr/bin/chromium: screenshot check skipped");

        // given
        StringWriter html = new StringWriter();
        HtmlReportWriter writer = new HtmlReportWriter(html);
        writer.document(ClaimChecker.builder().build().checkWithFacts(new Article("storm", "storm.txt",
                TextNormalizer.normalize("The agency said at least 40 people died in Larvik. The mayor said 31 people "
                        + "had died in Larvik."), Map.of())));
        writer.finish();
        Path page = Files.writeString(dir.resolve("report.html"), html.toString());
        Path shot = dir.resolve("report.png");

        // when
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,800",
                "--screenshot=" + shot, page.toUri().toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        chromium.destroyForcibly();

        // then
        assertThat(finished).as("chromium finished").isTrue();
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
}
