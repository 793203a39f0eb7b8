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
}
