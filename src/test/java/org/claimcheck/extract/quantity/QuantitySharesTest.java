package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quote;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import org.claimcheck.facts.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares written as fractions of a group are percentages: "two thirds of the residents" is 66.7 percent. */
class QuantitySharesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Two thirds of the residents left before the storm.          | Two thirds       | 66.66666666666667
            Three quarters of the homes were damaged.                   | Three quarters   | 75
            A fifth of the budget went to roads.                        | A fifth          | 20
            Half of the staff were sent home.                           | Half             | 50
            About a third of the town flooded, the mayor said.          | About a third    | 33.333333333333336
            One in five voters backed the plan.                         | One in five      | 20
            1 in 4 patients waited more than a day.                     | 1 in 4           | 25
            """)
    void aFractionOfAGroupIsAPercentage(String text, String quoted, double percent) {
        NumberPhrase phrase = only(text);

        assertThat(quote(text, phrase)).isEqualTo(quoted);
        assertThat(phrase.unit()).isEqualTo(Unit.PERCENT);
        assertThat(phrase.low()).isEqualTo(percent);
        assertThat(phrase.high()).isEqualTo(percent);
    }

    @Test
    void moreThanHalfIsAnOpenLowerBound() {
        NumberPhrase phrase = only("More than half of the staff quit.");

        assertThat(phrase.low()).isEqualTo(50);
        assertThat(phrase.lowInclusive()).isFalse();
        assertThat(phrase.high()).isInfinite();
    }

    @Test
    void anOrdinalIsNoShare() {
        assertThat(quotes("The third day of the strike was calm.")).isEmpty();
        assertThat(quotes("She finished third of 40 runners.")).containsExactly("40");
    }
}
