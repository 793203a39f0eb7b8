package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quote;

import java.util.List;
import org.claimcheck.facts.Unit;
import org.junit.jupiter.api.Test;

/** Money, percentages, measures, durations, vague plurals and partitives. */
class QuantityUnitsTest {

    private final QuantityGrammar grammar = new QuantityGrammar();

    @Test
    void dollarSignWithScaleIsMoney() {
        String text = "The city borrowed $45 million for the bridge.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("$45 million");
        assertThat(phrase.low()).isEqualTo(45_000_000);
        assertThat(phrase.unit()).isEqualTo(Unit.MONEY);
        assertThat(phrase.unitName()).isEqualTo("USD");
    }

    @Test
    void euroSignWithAttachedAbbreviationIsMoney() {
        String text = "Brussels pledged €85m in flood relief.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("€85m");
        assertThat(phrase.low()).isEqualTo(85_000_000);
        assertThat(phrase.unitName()).isEqualTo("EUR");
    }

    @Test
    void poundSignWithBnIsMoney() {
        String text = "The council faces a £1.4bn shortfall.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(1_400_000_000);
        assertThat(phrase.unitName()).isEqualTo("GBP");
    }

    @Test
    void currencyWordAfterTheNumberIsMoney() {
        String text = "Farmers were offered 12,000 rupees per hectare lost.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("12,000 rupees");
        assertThat(phrase.unit()).isEqualTo(Unit.MONEY);
        assertThat(phrase.unitName()).isEqualTo("rupees");
    }

    @Test
    void qualifierBeforeCurrencySymbolBoundsTheAmount() {
        String text = "Repairs will cost more than $2bn.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("more than $2bn");
        assertThat(phrase.low()).isEqualTo(2_000_000_000);
        assertThat(phrase.high()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void percentSignIsPercent() {
        String text = "The ruling party took 41% of the vote.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("41%");
        assertThat(phrase.unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void perCentInTwoWordsIsPercent() {
        String text = "Inflation eased to 3.2 per cent in May.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("3.2 per cent");
        assertThat(phrase.low()).isEqualTo(3.2);
        assertThat(phrase.unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void percentageRangeSharesTheUnit() {
        String text = "Polls give her 38 to 42 percent.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(38);
        assertThat(phrase.high()).isEqualTo(42);
        assertThat(phrase.unit()).isEqualTo(Unit.PERCENT);
    }

    @Test
    void distanceIsAMeasure() {
        String text = "The ash cloud drifted 220 kilometres east.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("220 kilometres");
        assertThat(phrase.unit()).isEqualTo(Unit.MEASURE);
        assertThat(phrase.unitName()).isEqualTo("km");
    }

    @Test
    void attachedCelsiusIsATemperature() {
        String text = "Thermometers hit 44C in the valley.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("44C");
        assertThat(phrase.unitName()).isEqualTo("C");
    }

    @Test
    void speedWithSlashIsOneUnit() {
        String text = "Gusts reached 130 km/h on the coast.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("130 km/h");
        assertThat(phrase.unitName()).isEqualTo("km/h");
    }

    @Test
    void magnitudeBeforeTheNumberIsAMeasure() {
        String text = "A magnitude 5.8 tremor rattled the port.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("magnitude 5.8");
        assertThat(phrase.unit()).isEqualTo(Unit.MEASURE);
    }

    @Test
    void spanOfHoursIsADuration() {
        String text = "Negotiators talked for 19 hours straight.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("19 hours");
        assertThat(phrase.unit()).isEqualTo(Unit.DURATION);
    }

    @Test
    void numberWordsWithMonthsAreADuration() {
        String text = "The mine stayed shut for eight months.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(8);
        assertThat(phrase.unit()).isEqualTo(Unit.DURATION);
    }

    @Test
    void dozensIsVagueWithOpenTop() {
        String text = "Dozens of shops were looted overnight.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Dozens");
        assertThat(phrase.low()).isEqualTo(24);
        assertThat(phrase.high()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(phrase.vague()).isTrue();
        assertThat(phrase.approximate()).isTrue();
    }

    @Test
    void hundredsOfThousandsIsOneVaguePhrase() {
        String text = "Hundreds of thousands of voters were turned away.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("Hundreds of thousands");
        assertThat(phrase.low()).isEqualTo(200_000);
    }

    @Test
    void scoresWithoutOfIsNotVague() {
        String text = "Exam scores improved across the district.";

        List<NumberPhrase> found = grammar.find(text);

        assertThat(found).isEmpty();
    }

    @Test
    void aFewHundredSpansTwoToNineHundred() {
        String text = "A few hundred residents refused to leave.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("A few hundred");
        assertThat(phrase.low()).isEqualTo(200);
        assertThat(phrase.high()).isEqualTo(900);
    }

    @Test
    void severalThousandSpansThreeToNineThousand() {
        String text = "Several thousand workers face redundancy.";

        NumberPhrase phrase = only(text);

        assertThat(phrase.low()).isEqualTo(3_000);
        assertThat(phrase.high()).isEqualTo(9_000);
    }

    @Test
    void ofWhomMakesAPartitive() {
        String text = "The outbreak sickened 90 people, 12 of whom were nurses.";

        List<NumberPhrase> found = grammar.find(text);

        assertThat(found).hasSize(2);
        assertThat(quote(text, found.get(1))).isEqualTo("12 of whom");
        assertThat(found.get(1).partitive()).isTrue();
        assertThat(found.get(0).partitive()).isFalse();
    }

    @Test
    void numberWordsOfThemMakeAPartitive() {
        String text = "Police detained 30 fans, nine of them minors.";

        List<NumberPhrase> found = grammar.find(text);

        assertThat(quote(text, found.get(1))).isEqualTo("nine of them");
        assertThat(found.get(1).partitive()).isTrue();
    }

    @Test
    void boundedPartitiveKeepsBothBoundAndPartitive() {
        String text = "Medics treated 70 runners, at least 15 of them for heatstroke.";

        List<NumberPhrase> found = grammar.find(text);

        assertThat(quote(text, found.get(1))).isEqualTo("at least 15 of them");
        assertThat(found.get(1).partitive()).isTrue();
        assertThat(found.get(1).high()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void currencyCodeAfterTheNumberIsMoney() {
        String text = "The fund raised 40 million CHF in a week.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("40 million CHF");
        assertThat(phrase.unitName()).isEqualTo("CHF");
    }

    @Test
    void millionsOfACurrencyIsVagueMoney() {
        String text = "Smugglers made millions of euros from the route.";

        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo("millions of euros");
        assertThat(phrase.unit()).isEqualTo(Unit.MONEY);
        assertThat(phrase.vague()).isTrue();
    }

    @Test
    void halfOfThemIsNotEmitted() {
        String text = "About 400 staff were laid off, half of them drivers.";

        List<NumberPhrase> found = grammar.find(text);

        assertThat(found).extracting(p -> quote(text, p)).containsExactly("About 400");
    }
}
