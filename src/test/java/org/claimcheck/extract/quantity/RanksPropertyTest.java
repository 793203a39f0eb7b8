package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimcheck.facts.NumberClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranks in sentences, over seeded random values, with ICU's English spell-out as the oracle for the words: a
 * rank is an ordinal of the number it spells (#15).
 */
class RanksPropertyTest {

    private static final RuleBasedNumberFormat SPELLOUT =
            new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    private final QuantityGrammar grammar = new QuantityGrammar();

    @ParameterizedTest
    @ValueSource(longs = {3L, 33L, 333L})
    void aSpelledRankInASentenceIsAnOrdinal(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 250; draw++) {
            long rank = 1 + random.nextInt(100_000);
            String text = "The parcel was the " + SPELLOUT.format(rank, "%spellout-ordinal") + " to arrive.";

            NumberPhrase ordinal = onlyNumber(text);

            assertThat(ordinal.numberClass()).as(text).isEqualTo(NumberClass.ORDINAL);
            assertThat(ordinal.low()).as(text).isEqualTo(rank);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {9L, 99L, 999L})
    void aRankInDigitsWithItsSuffixIsAnOrdinal(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 250; draw++) {
            int rank = 1 + random.nextInt(10_000);
            String text = "She placed " + rank + suffix(rank) + " in the open race.";

            NumberPhrase ordinal = onlyNumber(text);

            assertThat(ordinal.numberClass()).as(text).isEqualTo(NumberClass.ORDINAL);
            assertThat(ordinal.low()).as(text).isEqualTo(rank);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {6L, 66L})
    void aRangeOfSpelledRanksIsOneInterval(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 200; draw++) {
            int low = 1 + random.nextInt(500);
            int high = low + 1 + random.nextInt(500);
            String text = "The firm ranked between the " + SPELLOUT.format(low, "%spellout-ordinal") + " and the "
                    + SPELLOUT.format(high, "%spellout-ordinal") + " in the survey.";

            NumberPhrase ranks = onlyNumber(text);

            assertThat(ranks.numberClass()).as(text).isEqualTo(NumberClass.ORDINAL);
            assertThat(ranks.low()).as(text).isEqualTo(low);
            assertThat(ranks.high()).as(text).isEqualTo(high);
        }
    }

    private NumberPhrase onlyNumber(String text) {
        List<NumberPhrase> found = grammar.find(text);
        assertThat(found).as("numbers in %s", text).hasSize(1);
        return found.get(0);
    }

    /** The English suffix of a rank in digits: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    private static String suffix(int rank) {
        if (rank % 100 >= 11 && rank % 100 <= 13) {
            return "th";
        }
        return switch (rank % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
