package org.claimcheck.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.input.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publication day from metadata or a dateline, and the days of an article resolved against it. */
class PublicationDayTest {

    private static AnnotatedDocument annotate(String text, Map<String, String> metadata) {
        return Pipeline.standard().run(Article.read("t", "t", new StringReader(text), metadata));
    }

    private static List<String> days(AnnotatedDocument document) {
        return document.get(TimeExpressionFinder.TIMES).stream().filter(t -> t.kind() == TimeKind.DAY)
                .map(TimeExpression::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3 March 2021 Floods cut the valley road. | 2021-03-03
            Tue 9 Jun 2020 A bridge gave way.        | 2020-06-09
            Date of publication 14 May 2019 A mine flooded. | 2019-05-14
            Mar. 3, 2021 A dam was breached.         | 2021-03-03
            """)
    void readsTheDatelineAtTheStartOfTheText(String text, String day) {
        AnnotatedDocument document = annotate(text, Map.of());

        assertThat(PublicationDay.of(document).published()).hasValueSatisfying(d -> assertThat(d).hasToString(day));
    }

    @Test
    void aDateLaterInTheTextIsNoDateline() {
        AnnotatedDocument document = annotate("A dam was breached in the hills. Engineers had warned on 3 March 2021"
                + " that it was weak.", Map.of());

        assertThat(PublicationDay.of(document).published()).isEmpty();
    }

    @Test
    void weekdaysAndRelativeDaysResolveAgainstTheDateline() {
        // 8 March 2021 is a Monday
        AnnotatedDocument document = annotate("8 March 2021 A ferry sank on Sunday. Divers found the hull yesterday."
                + " Rescuers resumed the search on Monday. The port reopened on Feb. 22.", Map.of());

        assertThat(days(document)).containsExactly("2021-03-07", "2021-03-07", "2021-03-08", "2021-02-22");
    }

    @Test
    void metadataWinsOverTheTextAndTheDatelineGivesNoDay() {
        AnnotatedDocument document = annotate("3 March 2021 A ferry sank on Sunday.",
                Map.of("published", "2021-03-09T06:00:00Z"));

        assertThat(PublicationDay.of(document).published()).hasValueSatisfying(d -> assertThat(d).hasToString("2021-03-09"));
        assertThat(days(document)).containsExactly("2021-03-07");
    }

    @Test
    void aMonthDayStillToComeIsLastYears() {
        AnnotatedDocument document = annotate("A ferry sank on Dec. 30.", Map.of("published", "2021-01-04"));

        assertThat(days(document)).containsExactly("2020-12-30");
    }

    @Test
    void withoutAPublicationDayDaysStayAsWritten() {
        AnnotatedDocument document = annotate("A ferry sank on Sunday near the port.", Map.of());

        assertThat(days(document)).containsExactly("sunday");
    }
}
