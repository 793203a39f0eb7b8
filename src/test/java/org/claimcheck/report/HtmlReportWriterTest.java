package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.claimcheck.api.ClaimChecker;
import org.claimcheck.input.Article;
import org.claimcheck.input.TextNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML report's structure: highlights match evidence offsets, links resolve, article markup stays text. */
class HtmlReportWriterTest {

    private static final ClaimChecker CHECKER = ClaimChecker.builder().build();
    private static final String TEXT = "The regional agency said at least 40 people died in the storm in Larvik. "
            + "<script>alert('x')</script> The mayor said 31 people had died in Larvik.";

    private static Document render(String text) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReportWriter writer = new HtmlReportWriter(out);
        writer.document(CHECKER.checkWithFacts(new Article("storm", "storm.txt", TextNormalizer.normalize(text), Map.of())));
        writer.finish();
        return Jsoup.parse(out.toString());
    }

    @Test
    void highlightedSpansCoverExactlyTheEvidenceOffsets() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        assertThat(page.select("a.mark")).isNotEmpty();
        for (Element mark : page.select("a.mark")) {
            int start = Integer.parseInt(mark.attr("data-start"));
            int end = Integer.parseInt(mark.attr("data-end"));
            assertThat(mark.wholeText()).isEqualTo(TEXT.substring(start, end));
        }
    }

    @Test
    void everyHighlightLinksToAFindingOnThePage() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        for (Element mark : page.select("a.mark")) {
            assertThat(page.getElementById(mark.attr("href").substring(1))).as(mark.attr("href")).isNotNull();
        }
    }

    @Test
    void scriptInTheArticleIsShownAsTextAndNeverRuns() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("script").first().data()).doesNotContain("alert");
        assertThat(page.select(".article").text()).contains("<script>alert('x')</script>");
    }

    @Test
    void aNumericConflictIsDrawnOnANumberLine() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        Element finding = page.selectFirst(".finding[data-kind=numeric-conflict]");
        assertThat(finding).isNotNull();
        assertThat(finding.select("svg.numberline text.label")).hasSize(2);
    }

    @Test
    void theSourceLedgerListsWhatEachSourceSays() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        assertThat(page.select(".ledger td").eachText()).contains("The regional agency", "The mayor");
    }

    @Test
    void theReportNeedsNoNetwork() throws IOException {
        // when
        Document page = render(TEXT);

        // then
        assertThat(page.select("link[href], script[src], img[src], iframe")).isEmpty();
    }
}
