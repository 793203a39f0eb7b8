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
 * Fractions and ranks in sentences, over seeded random values, with ICU's English spell-out as the oracle for
 * the words: shares are exact percentages of the fraction written, mixed numbers keep their value, and a
 * rank is an ordinal of the number it spells (#15).
 */
class FractionsAndRanksPropertyTest {

    private static final RuleBasedNumberFormat SPELLOUT =
            new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
    /** Denominators whose ordinal ICU spells as one word that quantity-fractions.txt lists. */
    private static final List<Integer> WORD_DENOMINATORS = List.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20);

    private final QuantityGrammar grammar = new QuantityGrammar();

    @ParameterizedTest
    @ValueSource(longs = {1L, 12L, 123L, 1_234L})
    void aSlashFractionOfAGroupIsItsExactPercentage(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 250; draw++) {
            int d = 2 + random.nextInt(99);
            int n = 1 + random.nextInt(d - 1);
            String text = "The survey found " + n + "/" + d + " of the households had a well.";

            NumberPhrase share = onlyNumber(text);

            assertThat(share.numberClass()).as(text).isEqualTo(NumberClass.SHARE);
            assertThat(share.low()).as(text).isEqualTo(100.0 * ((double) n / d));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5L, 55L, 555L})
    void aSpelledFractionOfAGroupIsItsExactPercentage(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 250; draw++) {
            int d = WORD_DENOMINATORS.get(random.nextInt(WORD_DENOMINATORS.size()));
            int n = 1 + random.nextInt(d - 1);
            String fraction = SPELLOUT.format(n) + " " + SPELLOUT.format(d, "%spellout-ordinal") + (n > 1 ? "s" : "");
            String text = "By spring " + fraction + " of the orchard had flowered.";

            NumberPhrase share = onlyNumber(text);

            assertThat(share.numberClass()).as(text).isEqualTo(NumberClass.SHARE);
            assertThat(share.low()).as(text).isEqualTo(100 * (double) n / d);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {8L, 88L, 888L})
    void aMixedNumberWithAUnitIsTheWholeAndItsFraction(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 250; draw++) {
            int whole = 1 + random.nextInt(500);
            int d = 2 + random.nextInt(15);
            int n = 1 + random.nextInt(d - 1);
            String text = "The crane lifted " + whole + " " + n + "/" + d + " tonnes of steel.";

            NumberPhrase load = onlyNumber(text);

            assertThat(load.numberClass()).as(text).isEqualTo(NumberClass.MEASURE);
            assertThat(load.low()).as(text).isEqualTo(whole + (double) n / d);
        }
    }

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
