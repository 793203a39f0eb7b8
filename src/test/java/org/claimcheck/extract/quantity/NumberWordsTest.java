package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private final NumberWords words = NumberWords.english();

    @Test
    void singleWordIsItsValue() {
        String phrase = "seven";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(7);
    }

    @Test
    void hyphenatedTensAndUnitsAdd() {
        String phrase = "Forty-three";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(43);
    }

    @Test
    void spacedTensAndUnitsAdd() {
        String phrase = "sixty two";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(62);
    }

    @Test
    void britishAndAfterHundredIsAccepted() {
        String phrase = "three hundred and nine";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(309);
    }

    @Test
    void scaleWordMultipliesTheSegmentBeforeIt() {
        String phrase = "eleven thousand";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(11_000);
    }

    @Test
    void segmentsBetweenScalesCombine() {
        String phrase = "two million four hundred thousand and fifty";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(2_400_050);
    }

    @Test
    void articleBeforeDozenMeansTwelve() {
        String phrase = "a dozen";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(12);
    }

    @Test
    void countBeforeDozenMultipliesByTwelve() {
        String phrase = "three dozen";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(36);
    }

    @Test
    void halfAScaleIsHalfItsValue() {
        String phrase = "half a billion";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(500_000_000);
    }

    @Test
    void andAHalfBeforeScaleAddsOneHalf() {
        String phrase = "one and a half million";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(1_500_000);
    }

    @Test
    void articleBeforeHundredMeansOneHundred() {
        String phrase = "a hundred and twenty";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).hasValue(120);
    }

    @Test
    void ordinalIsNotACount() {
        String phrase = "third";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }

    @Test
    void compoundOrdinalIsNotACount() {
        String phrase = "twenty-first";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }

    @Test
    void repeatedUnitsAreNotOneNumber() {
        String phrase = "four four";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }

    @Test
    void scalesMustDescend() {
        String phrase = "five thousand million";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }

    @Test
    void bareArticleIsNotANumber() {
        String phrase = "a";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }

    @Test
    void trailingAndIsNotPartOfTheNumber() {
        String phrase = "two hundred and";

        OptionalDouble value = words.parse(phrase);

        assertThat(value).isEmpty();
    }
}
