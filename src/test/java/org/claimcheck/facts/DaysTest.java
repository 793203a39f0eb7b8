package org.claimcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether two days as facts give them may be one day. */
class DaysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2021-03-07 | 2021-03-07 | true
            2021-03-07 | 2021-03-08 | false
            2021-03-07 | sunday     | true
            2021-03-07 | monday     | false
            monday     | 2021-03-08 | true
            2021-03-07 | mar 7      | true
            2021-03-07 | mar 8      | false
            2021-03-07 | yesterday  | true
            sunday     | sunday     | true
            sunday     | monday     | false
            ''         | monday     | true
            2021-03-07 | ''         | true
            """)
    void tellsWhetherTwoDaysMayBeOne(String a, String b, boolean one) {
        assertThat(Days.mayBeOne(a, b)).isEqualTo(one);
        assertThat(Days.mayBeOne(b, a)).isEqualTo(one);
    }

    @ParameterizedTest
    @CsvSource({"feb, FEBRUARY", "sept, SEPTEMBER", "February, FEBRUARY", "dec, DECEMBER"})
    void readsMonthNamesAndTheirAbbreviations(String word, java.time.Month month) {
        assertThat(Days.month(word)).contains(month);
    }

    @ParameterizedTest
    @CsvSource({"fe", "monday", "xyz"})
    void aWordThatIsNoMonthGivesNone(String word) {
        assertThat(Days.month(word)).isEmpty();
    }
}
