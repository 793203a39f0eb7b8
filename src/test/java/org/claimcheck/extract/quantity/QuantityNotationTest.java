package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.labels;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quote;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Unit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fractions, mixed numbers, halves, exponents and scale suffixes as people write them (#15). */
class QuantityNotationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The co-op sold 3/4 of its harvest abroad.             | 3/4         | 75
            Nearly 2/3 of the tenants signed the letter.          | Nearly 2/3  | 66.66666666666666
            Only 1/5 of the boats went out.                       | 1/5         | 20
            More than 7/10 of the pupils passed.                  | More than 7/10 | 70
            """)
    void aSlashFractionOfAGroupIsAShare(String text, String quoted, double percent) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.numberClass()).isEqualTo(NumberClass.SHARE);
        assertThat(phrase.unit()).isEqualTo(Unit.PERCENT);
        assertThat(phrase.low()).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The barge carried 2 1/4 tonnes of salt.         | 2 1/4 tonnes  | 2.25  | MEASURE
            The path climbs for 1 1/2 miles.                | 1 1/2 miles   | 1.5   | MEASURE
            The walk takes 3/4 hour from the gate.          | 3/4 hour      | 0.75  | DURATION
            The ward waited 4 3/4 hours for a doctor.       | 4 3/4 hours   | 4.75  | DURATION
            They baked 12 1/2 dozen rolls.                  | 12 1/2        | 12.5  | COUNT
            """)
    void mixedNumbersAndMeasuredFractionsKeepTheirValue(String text, String quoted, double value, NumberClass kind) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.low()).isEqualTo(value);
        assertThat(phrase.high()).isEqualTo(value);
        assertThat(phrase.numberClass()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The strike lasted two and a half days.           | two and a half days            | 2.5
            The depot holds one and a half million litres.   | one and a half million litres  | 1500000
            The hike took three and a half hours.            | three and a half hours         | 3.5
            Twenty and a half tonnes of rice arrived.        | Twenty and a half tonnes       | 20.5
            """)
    void andAHalfAddsOneHalf(String text, String quoted, double value) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.low()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The array logged 1.2e6 readings.                 | 1.2e6    | 1200000
            The sample held 3E4 cells.                       | 3E4      | 30000
            The dose was 5e-3 grams.                         | 5e-3 grams | 0.005
            The campaign drew 2.5k signatures.               | 2.5k     | 2500
            The channel passed 10K subscribers.              | 10K      | 10000
            The trust raised £3m for the roof.               | £3m      | 3000000
            The airport spent 1.2bn on runways.              | 1.2bn    | 1200000000
            The choir has twenty one singers.                | twenty one | 21
            The ward has fifty - two beds.                   | fifty - two | 52
            """)
    void exponentsSuffixesAndSpacedNumberWordsAreRead(String text, String quoted, double value) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.low()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The shop is open 24/7 all year.               | 24/7
            The memorial recalls 9/11 every year.          | 9/11
            """)
    void aSlashPairWithoutAGroupOrUnitIsNoAmount(String text, String pair) {
        assertThat(quotes(text)).isEmpty();
        assertThat(labels(text)).singleElement().asString().startsWith(pair + ": ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The code 5e6x opened the gate.
            The serial 7e9Q was scratched off.
            """)
    void anExponentFollowedByLettersIsNoNumber(String text) {
        assertThat(quotes(text)).doesNotContain("5e6", "7e9");
    }
}
