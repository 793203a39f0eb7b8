package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quote;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranges: "between 40 and 60", "40-60", "from 40 to 60", and pairs that are not ranges. */
class QuantityRangesTest {

    @Test
    void betweenAndFormsARange() {
        String text = "Between 25 and 30 boats capsized in the storm.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Between 25 and 30");
        assertThat(phrase.low()).isEqualTo(25);
        assertThat(phrase.high()).isEqualTo(30);
    }

    @Test
    void hyphenBetweenNumeralsFormsARange() {
        String text = "Officials expect 12-15 layoffs at the depot.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("12-15");
        assertThat(phrase.low()).isEqualTo(12);
        assertThat(phrase.high()).isEqualTo(15);
    }

    @Test
    void enDashBetweenNumeralsFormsARange() {
        String text = "The outbreak infected 120–140 students.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(120);
        assertThat(phrase.high()).isEqualTo(140);
    }

    @Test
    void fromToFormsARange() {
        String text = "Estimates ranged from 4,000 to 6,500 marchers.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("from 4,000 to 6,500");
        assertThat(phrase.low()).isEqualTo(4_000);
        assertThat(phrase.high()).isEqualTo(6_500);
    }

    @Test
    void scaleAfterSecondEndAppliesToBoth() {
        String text = "The reform could cost between 2 and 3.5 billion.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(2_000_000_000);
        assertThat(phrase.high()).isEqualTo(3_500_000_000.0);
    }

    @Test
    void approximatorBeforeRangeMakesItApproximate() {
        String text = "Some 200 to 250 voters queued before dawn.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Some 200 to 250");
        assertThat(phrase.approximate()).isTrue();
        assertThat(phrase.low()).isEqualTo(200);
        assertThat(phrase.high()).isEqualTo(250);
    }

    @Test
    void wordRangeWithOrIsARange() {
        String text = "Two or three lifeboats were launched.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(2);
        assertThat(phrase.high()).isEqualTo(3);
    }

    @Test
    void descendingPairIsNotARange() {
        String text = "The motion passed 52 to 48 in the senate.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void fromWithoutRangeReadsTheNumberAlone() {
        String text = "Cases climbed to 75, up from 61 a week earlier.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("75", "61");
    }

    @Test
    void spelledScaleAfterSecondEndAppliesToBoth() {
        String text = "Between two and three million tourists visit each year.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(2_000_000);
        assertThat(phrase.high()).isEqualTo(3_000_000);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Turnout was exceeding 150 voters an hour by noon.               | exceeding 150                | 150 | Infinity | false | true
            Sales surpassed 3,000 units in the first week.                  | surpassed 3,000              | 3000 | Infinity | false | true
            The bid came in north of $2 billion, analysts said.            | north of $2 billion          | 2000000000 | Infinity | false | true
            The crowd fell just shy of 50 people.                           | just shy of 50               | -Infinity | 50 | true | false
            Rooms for 200 or more guests are available.                     | 200 or more                  | 200 | Infinity | true | true
            Orders of 5 or greater ship free, the shop said.                | 5 or greater                 | 5 | Infinity | true | true
            Groups of less than or equal to 30 pupils are allowed.          | less than or equal to 30     | -Infinity | 30 | true | true
            Bookings of greater than or equal to 12 people get a discount.  | greater than or equal to 12  | 12 | Infinity | true | true
            Readings > 30 were flagged by the lab.                          | > 30                         | 30 | Infinity | false | true
            Readings >= 30 were flagged by the lab.                         | >= 30                        | 30 | Infinity | true | true
            Readings ≥ 30 were flagged by the lab.                          | ≥ 30                         | 30 | Infinity | true | true
            Readings <30 were ignored by the lab.                           | <30                          | -Infinity | 30 | true | false
            Readings ≤ 30 were ignored by the lab.                          | ≤ 30                         | -Infinity | 30 | true | true
            Police counted ~200 protesters outside.                         | ~200                         | 200 | 200 | true | true
            Temperatures fell to -4 overnight, forecasters said.             | -4                           | -4 | -4 | true | true
            Temperatures fell to −4 overnight, forecasters said.             | −4                           | -4 | -4 | true | true
            It was minus 5 degrees in the valley.                            | minus 5 degrees              | -5 | -5 | true | true
            Growth was negative 2 percent last quarter.                      | negative 2 percent           | -2 | -2 | true | true
            Night lows ran from -5 to 3 degrees.                             | from -5 to 3 degrees         | -5 | 3 | true | true
            The legal limit is .08 percent in most states.                   | .08 percent                  | 0.08 | 0.08 | true | true
            A couple of hundred fans waited at the gate.                     | A couple of hundred           | 200 | 300 | true | true
            Fifty - two homes burned in the fire.                            | Fifty - two                   | 52 | 52 | true | true
            Twenty one climbers were rescued.                                | Twenty one                    | 21 | 21 | true | true
            Three dozens eggs broke in the crash.                            | Three dozens                  | 36 | 36 | true | true
            Shelters took 20 through 100 families each night.                | 20 through 100               | 20 | 100 | true | true
            Shelters took 20 thru 100 families each night.                   | 20 thru 100                  | 20 | 100 | true | true
            Shelters took 20~100 families each night.                        | 20~100                       | 20 | 100 | true | true
            More than 100 but fewer than 300 homes were flooded.            | More than 100 but fewer than 300 | 100 | 300 | false | false
            Above 1,000 and below 1,500 people took part, organisers said.  | Above 1,000 and below 1,500  | 1000 | 1500 | false | false
            At most 100 and at least 20 staff will move, the bank said.     | At most 100 and at least 20  | 20 | 100 | true | true
            """)
    void comparativesAreBoundsWithTheirInclusivity(String text, String quoted, double low, double high,
            boolean lowInclusive, boolean highInclusive) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.low()).isEqualTo(low);
        assertThat(phrase.high()).isEqualTo(high);
        if (Double.isFinite(low)) {
            assertThat(phrase.lowInclusive()).isEqualTo(lowInclusive);
        }
        if (Double.isFinite(high)) {
            assertThat(phrase.highInclusive()).isEqualTo(highInclusive);
        }
    }

    @Test
    void twoBoundsOfDifferentThingsStayApart() {
        String text = "More than 100 people were hurt and fewer than 30 homes were damaged.";

        assertThat(quotes(text)).containsExactly("More than 100", "fewer than 30");
    }
}
