package org.claimcheck.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days, stretches up to now and cumulative scopes, reduced to values two mentions of one time share. */
class TimeExpressionFinderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The ferry sank on Sunday near the port.                         | DAY     | sunday         | Sunday
            Shelling resumed on Tuesday night in the old town.              | DAY     | tuesday        | Tuesday night
            Two climbers were rescued yesterday.                            | DAY     | yesterday      | yesterday
            The plant closed on March 3 after the leak.                     | DAY     | mar 3          | March 3
            The plant closed on Feb. 22 after the leak.                     | DAY     | feb 22         | Feb. 22
            The plant closed on 22 February after the leak.                 | DAY     | feb 22         | 22 February
            Fans rioted last night outside the stadium.                     | DAY     | yesterday      | last night
            Sales fell 4 percent this week.                                 | STRETCH | this week      | this week
            Nine new cases were found in the past 24 hours.                 | STRETCH | past 24 hours  | past 24 hours
            More than 300 people have died since 2011.                      | SINCE   | since 2011     | since 2011
            Prices have doubled since the start of the strike.              | SINCE   | since start    | since the start
            The UN says the war has killed more than 200,000 people.        | SINCE   | since the war  | war
            The five-year conflict has displaced 6 million people.          | SINCE   | since the conflict | conflict
            The fires have so far destroyed 300 homes.                      | SINCE   | to date        | so far
            Donations to date total $4 million.                             | SINCE   | to date        | to date
            Ten people died in this week's floods.                          | STRETCH | this week      | this week's
            Some 5,000 homes were lost in the war-torn province.            | SINCE   | since the war  | war-torn
            The strikes have killed 900 people in five years.               | SINCE   | since years ago | in five years
            """)
    void readsTheTimeExpression(String sentence, TimeKind kind, String value, String written) {
        AnnotatedDocument document = annotate(sentence);

        List<TimeExpression> times = document.get(TimeExpressionFinder.TIMES);

        assertThat(times).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(kind);
            assertThat(t.value()).isEqualTo(value);
            assertThat(document.text(t.span())).isEqualTo(written);
        });
    }

    @Test
    void aWarNounInACompoundIsNoScope() {
        AnnotatedDocument document = annotate("The court heard war crimes charges against 12 officers.");

        assertThat(document.get(TimeExpressionFinder.TIMES)).isEmpty();
    }

    @Test
    void monthWordsWrittenAsVerbsAreNoDates() {
        AnnotatedDocument document = annotate("Protesters may march 3 times a week, organisers said.");

        assertThat(document.get(TimeExpressionFinder.TIMES)).isEmpty();
    }

    @Test
    void deicticWithoutAUnitIsNoTime() {
        AnnotatedDocument document = annotate("This is the last chance, the coach said.");

        assertThat(document.get(TimeExpressionFinder.TIMES)).isEmpty();
    }

    @Test
    void monthAloneIsNoDay() {
        AnnotatedDocument document = annotate("The vote is expected in June.");

        assertThat(document.get(TimeExpressionFinder.TIMES)).isEmpty();
    }
}
