package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Round-trips number words, ordinals included, against ICU's English spell-out, used only as an oracle for formatting. */
class NumberWordsPropertyTest {

    private static final RuleBasedNumberFormat SPELLOUT =
            new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    private final NumberWords words = NumberWords.english();

    static LongStream everyRankBelowTwoThousand() {
        return LongStream.range(1, 2_000);
    }

    @ParameterizedTest
    @MethodSource("everyRankBelowTwoThousand")
    void smallOrdinalsRoundTripThroughSpellOut(long n) {
        String spelled = SPELLOUT.format(n, "%spellout-ordinal");

        double rank = rank(spelled);

        assertThat(rank).as(spelled).isEqualTo(n);
    }

    @ParameterizedTest
    @ValueSource(longs = {17L, 29L, 404L, 8_128L, 31_337L})
    void randomOrdinalsBelowOneBillionRoundTripThroughSpellOut(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 400; draw++) {
            long n = 1 + (long) (random.nextDouble() * 999_999_999L);
            String spelled = SPELLOUT.format(n, "%spellout-ordinal");

            double rank = rank(spelled);

            assertThat(rank).as(spelled).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {2L, 7L, 19L})
    void aCardinalIsNeverAnOrdinal(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 300; draw++) {
            String spelled = SPELLOUT.format(random.nextInt(1_000_000));

            assertThat(words.ordinal(QuantityTokenScanner.scan(spelled), 0)).as(spelled).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {4L, 6L, 10L})
    void andAHalfAddsOneHalfToAnySpelledNumber(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 300; draw++) {
            long n = 1 + random.nextInt(99);
            String spelled = SPELLOUT.format(n) + " and a half";

            double parsed = words.parse(spelled).orElseThrow();

            assertThat(parsed).as(spelled).isEqualTo(n + 0.5);
        }
    }

    /** Reads the whole of {@code spelled} as an ordinal, failing when any of it is left over. */
    private double rank(String spelled) {
        List<QuantityToken> tokens = QuantityTokenScanner.scan(spelled);
        NumberWords.Match match = words.ordinal(tokens, 0).orElseThrow(() -> new AssertionError("no ordinal in " + spelled));
        assertThat(match.end()).as("end of %s", spelled).isEqualTo(tokens.size());
        return match.value();
    }

    static LongStream everyNumberBelowTwoThousand() {
        return LongStream.range(0, 2_000);
    }

    @ParameterizedTest
    @MethodSource("everyNumberBelowTwoThousand")
    void smallNumbersRoundTripThroughSpellOut(long n) {
        String spelled = SPELLOUT.format(n);

        double parsed = words.parse(spelled).orElseThrow();

        assertThat(parsed).as(spelled).isEqualTo(n);
    }

    @ParameterizedTest
    @ValueSource(longs = {11L, 23L, 101L, 2_024L, 65_537L, 424_242L, 7_777_777L, 90_210L})
    void randomNumbersBelowOneBillionRoundTripThroughSpellOut(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 500; draw++) {
            long n = (long) (random.nextDouble() * 1_000_000_000L);
            String spelled = SPELLOUT.format(n);

            double parsed = words.parse(spelled).orElseThrow();

            assertThat(parsed).as(spelled).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3L, 5L, 8L, 13L})
    void spellOutWithSpacesInsteadOfHyphensParsesTheSame(long seed) {
        Random random = new Random(seed);

        for (int draw = 0; draw < 300; draw++) {
            long n = random.nextInt(1_000_000);
            String spelled = SPELLOUT.format(n).replace('-', ' ');

            double parsed = words.parse(spelled).orElseThrow();

            assertThat(parsed).as(spelled).isEqualTo(n);
        }
    }
}
