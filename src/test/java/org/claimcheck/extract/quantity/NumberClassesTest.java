package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.labels;
import static org.claimcheck.extract.quantity.GrammarReadings.only;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import org.claimcheck.facts.NumberClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every number is reported with its class: amounts are compared, labels (years, ranks, flights…) are not (#15). */
class NumberClassesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bakery opened in 1987 on the corner.                     | 1987: DATE
            Rents rose sharply during the 1970s.                         | 1970s: DATE
            The fair runs until June 30 this year.                       | 30: DATE
            Entries close on 12/5/2031 at the town hall.                 | 12/5/2031: DATE
            The ferry leaves at 6:45 every morning.                      | 6:45: TIME
            The shop shuts at 8 pm on weekdays.                          | 8 pm: TIME
            The keeper, aged 64, still rows daily.                       | 64: AGE
            The 58-year-old carpenter built the bridge.                  | 58-year-old: AGE
            Her nephew is nine years old.                                | nine years old: AGE
            Bookings go through 020-555-0172 only.                       | 020-555-0172: CODE
            The app moved to version 3.1.4 last month.                   | 3.1.4: CODE
            Bus 42 stops outside the library.                            | 42: IDENTIFIER
            The summit of the G20 met in the capital.                    | 20: IDENTIFIER
            Planners studied the Airbus 320 order.                       | 320: IDENTIFIER
            The hosts won 3-1 after extra time.                          | 3-1: SCORE
            The visitors suffered a 0-2 defeat at home.                  | 0-2: SCORE
            Unions called a 48-hour stoppage at the docks.               | 48: ATTRIBUTE
            The tenth runner collapsed near the line.                    | tenth: ORDINAL
            The club finished 14th in the table.                         | 14th: ORDINAL
            It was her twenty-third marathon.                            | twenty-third: ORDINAL
            The one hundred and first visitor won a prize.               | one hundred and first: ORDINAL
            """)
    void aLabelIsReportedWithItsClassAndIsNoAmount(String text, String label) {
        assertThat(labels(text)).containsExactly(label);
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void aRangeOfRanksIsOneOrdinalInterval() {
        NumberPhrase ranks = new QuantityGrammar().find("The team slipped to between the sixth and the ninth place.").get(0);

        assertThat(ranks.numberClass()).isEqualTo(NumberClass.ORDINAL);
        assertThat(ranks.low()).isEqualTo(6);
        assertThat(ranks.high()).isEqualTo(9);
    }

    @Test
    void digitRanksJoinedByADashAreARange() {
        NumberPhrase ranks = new QuantityGrammar().find("Seats in rows 5th-8th were empty.").get(0);

        assertThat(ranks.numberClass()).isEqualTo(NumberClass.ORDINAL);
        assertThat(ranks.low()).isEqualTo(5);
        assertThat(ranks.high()).isEqualTo(8);
    }

    @Test
    void aRangeWrittenLowToHighAfterAScoreWordBeforeANounIsARange() {
        assertThat(quotes("The party won 20-30 seats in the north.")).containsExactly("20-30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The clinic treated 40 patients.             | COUNT
            The roof cost $12,000 to mend.              | MONEY
            Turnout reached 61 percent.                 | PERCENT
            Two fifths of the members abstained.        | SHARE
            The trail is 14 km long.                    | MEASURE
            The vote took six hours.                    | DURATION
            """)
    void anAmountTakesTheClassOfItsUnit(String text, NumberClass kind) {
        assertThat(only(text).numberClass()).isEqualTo(kind);
        assertThat(kind.amount()).isTrue();
    }

    @Test
    void aFractionWordAfterANumberIsSkippedWithIt() {
        assertThat(labels("Roughly one third turned up.")).isEmpty();
        assertThat(quotes("Roughly one third turned up.")).isEmpty();
    }
}
