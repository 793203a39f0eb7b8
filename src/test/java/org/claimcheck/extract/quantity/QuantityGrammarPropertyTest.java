package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of {@link QuantityGrammar#find} over seeded random texts. */
class QuantityGrammarPropertyTest {

    private static final List<String> NUMBERISH = List.of(
            "0", "7", "12", "40", "118", "1962", "2024", "12,000", "1,2", "3.5", "0800", "081", "+", "-", "–",
            "—", "/", ":", ".", ",", "%", "$", "€", "£", "m", "bn", "k", "C", "km/h", "million", "billion",
            "thousand", "hundred", "dozen", "dozens", "hundreds", "of", "whom", "them", "tens", "thousands",
            "a", "an", "half", "few", "several", "one", "two", "twenty", "five", "and", "to", "or", "more",
            "between", "from", "at", "least", "up", "less", "than", "fewer", "some", "about", "an", "estimated",
            "percent", "per", "cent", "June", "Oct.", "aged", "year", "-year-old", "old", "Flight", "Street",
            "Main", "a.m.", "pm", "first", "21st", "s", "'", "hours", "days", "magnitude", "G", "COVID",
            "\n", " ", "  ", "(", ")");

    private final QuantityGrammar grammar = new QuantityGrammar();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void arbitraryUnicodeNeverThrows(long seed) {
        String text = randomUnicode(new Random(seed), 400);

        assertThatCode(() -> grammar.find(text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void phrasesInArbitraryUnicodeAreWellFormed(long seed) {
        String text = randomUnicode(new Random(seed), 400);

        List<NumberPhrase> found = grammar.find(text);

        assertWellFormed(text, found);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void phrasesInNumberishMixesAreWellFormed(long seed) {
        Random random = new Random(seed);

        for (int round = 0; round < 50; round++) {
            String text = randomNumberish(random, 60);

            List<NumberPhrase> found = grammar.find(text);

            assertWellFormed(text, found);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findingIsDeterministic(long seed) {
        String text = randomNumberish(new Random(seed), 200);

        List<NumberPhrase> first = grammar.find(text);
        List<NumberPhrase> second = grammar.find(text);

        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void longAdversarialInputCompletes(long seed) {
        Random random = new Random(seed);
        String[] pieces = {"1", "12", "123", ",", ",000", "-", "–", " and ", " to ", " ", "9", "0"};
        StringBuilder text = new StringBuilder(100_000);
        while (text.length() < 100_000) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }

        List<NumberPhrase> found = grammar.find(text.toString());

        assertWellFormed(text.toString(), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"one hundred and ", "1-", "0", "twenty-", "a ", "1,000,", "between 1 and ", "12 of whom ",
        "Flight ", "June ", "+4 ", "hundreds of ", "- ", "1.", "1:"})
    void longRepetitionOfOnePatternCompletes(String piece) {
        String text = piece.repeat(100_000 / piece.length());

        List<NumberPhrase> found = grammar.find(text);

        assertWellFormed(text, found);
    }

    private static void assertWellFormed(String text, List<NumberPhrase> found) {
        int previousEnd = 0;
        for (NumberPhrase phrase : found) {
            assertThat(phrase.span().start()).as("start in %s", text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(phrase.span().end()).as("end in %s", text).isLessThanOrEqualTo(text.length());
            assertThat(phrase.span().length()).isPositive();
            assertThat(phrase.low()).as("low of %s", phrase).isLessThanOrEqualTo(phrase.high());
            previousEnd = phrase.span().end();
        }
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(4);
            if (kind == 0) {
                // Lone surrogates and other ill-formed UTF-16 as well as valid code points.
                text.append((char) random.nextInt(Character.MAX_VALUE + 1));
            } else if (kind == 1) {
                text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            } else {
                text.append(NUMBERISH.get(random.nextInt(NUMBERISH.size())));
            }
        }
        return text.toString();
    }

    private static String randomNumberish(Random random, int tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            text.append(NUMBERISH.get(random.nextInt(NUMBERISH.size())));
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
