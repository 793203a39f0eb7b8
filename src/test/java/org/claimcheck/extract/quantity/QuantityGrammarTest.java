package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quote;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import java.util.List;
import org.claimcheck.facts.Unit;
import org.junit.jupiter.api.Test;

/** Plain figures, scale words, approximators and bounds. */
class QuantityGrammarTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void plainNumeralIsAPointValue() {
        String text = "Volunteers planted 640 trees along the river.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("640");
        assertThat(phrase.low()).isEqualTo(640);
        assertThat(phrase.high()).isEqualTo(640);
        assertThat(phrase.unit()).isEqualTo(Unit.COUNT);
        assertThat(phrase.unitName()).isEmpty();
    }

    @Test
    void thousandsSeparatorsAreRead() {
        String text = "The clinic vaccinated 18,250 children this spring.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(18_250);
    }

    @Test
    void scaleWordAfterDecimalMultiplies() {
        String text = "Floods forced 3.4 million people from their homes.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("3.4 million");
        assertThat(phrase.low()).isEqualTo(3_400_000);
    }

    @Test
    void attachedMAfterDigitsIsMillion() {
        String text = "The streaming service lost 2.3m subscribers.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(2_300_000);
    }

    @Test
    void numberWordsAtSentenceStartAreACount() {
        String text = "Thirty-one firefighters were treated for smoke inhalation.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Thirty-one");
        assertThat(phrase.low()).isEqualTo(31);
    }

    @Test
    void sentenceKeepsEveryFigureInOrder() {
        String text = "The bus crash killed 9 passengers and injured 23 others.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("9", "23");
    }

    @Test
    void approximatorKeepsThePointAndFlagsIt() {
        String text = "Roughly 900 nurses joined the walkout.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Roughly 900");
        assertThat(phrase.low()).isEqualTo(900);
        assertThat(phrase.high()).isEqualTo(900);
        assertThat(phrase.approximate()).isTrue();
    }

    @Test
    void anEstimatedIsApproximate() {
        String text = "An estimated 70,000 fans filled the stadium.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("An estimated 70,000");
        assertThat(phrase.approximate()).isTrue();
    }

    @Test
    void atLeastGivesOpenUpperBound() {
        String text = "At least 14 climbers were stranded on the ridge.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("At least 14");
        assertThat(phrase.low()).isEqualTo(14);
        assertThat(phrase.high()).isEqualTo(INF);
        assertThat(phrase.lowInclusive()).isTrue();
    }

    @Test
    void moreThanGivesStrictLowerBound() {
        String text = "The airline cancelled more than 1,800 flights.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("more than 1,800");
        assertThat(phrase.low()).isEqualTo(1_800);
        assertThat(phrase.high()).isEqualTo(INF);
        assertThat(phrase.lowInclusive()).isFalse();
    }

    @Test
    void inExcessOfIsAStrictLowerBound() {
        String text = "Damage was put in excess of 90 homes.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("in excess of 90");
        assertThat(phrase.lowInclusive()).isFalse();
    }

    @Test
    void orMoreAfterTheNumberGivesOpenUpperBound() {
        String text = "Schools with 30 or more pupils per class will get funding.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("30 or more");
        assertThat(phrase.low()).isEqualTo(30);
        assertThat(phrase.high()).isEqualTo(INF);
    }

    @Test
    void upToGivesOpenLowerBound() {
        String text = "The shelter can hold up to 250 families.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("up to 250");
        assertThat(phrase.low()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(phrase.high()).isEqualTo(250);
        assertThat(phrase.highInclusive()).isTrue();
    }

    @Test
    void fewerThanGivesStrictUpperBound() {
        String text = "Fewer than 60 delegates turned up for the vote.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.high()).isEqualTo(60);
        assertThat(phrase.highInclusive()).isFalse();
    }

    @Test
    void qualifierAppliesToNumberWords() {
        String text = "No fewer than three hundred ballots were spoiled.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("No fewer than three hundred");
        assertThat(phrase.low()).isEqualTo(300);
    }

    @Test
    void orSoAfterTheNumberIsApproximate() {
        String text = "The convoy carried 60 or so tonnes of grain.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("60 or so tonnes");
        assertThat(phrase.approximate()).isTrue();
        assertThat(phrase.unit()).isEqualTo(Unit.MEASURE);
    }

    @Test
    void approximatorAndOrMoreGiveApproximateOpenBound() {
        String text = "About 90 or more shelters opened.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(90);
        assertThat(phrase.high()).isEqualTo(INF);
        assertThat(phrase.approximate()).isTrue();
    }

    @Test
    void noBreakSpaceGroupsThousands() {
        String text = "Crews restored power to 48\u00a0000 homes.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(48_000);
    }

    @Test
    void plainSpaceBeforeZeroGroupIsNotReadAsTwoNumbers() {
        String text = "Crews restored power to 48 000 homes.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }
}
