package org.claimcheck.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordNetLexiconRandomInputTest {

    private static final long SEED = 20_250_301L;
    // Fragments that reach WordNet's suffix rules, exception list and tokenizer, mixed with arbitrary code points.
    private static final List<String> PIECES = List.of("ies", "es", "s", "men", "child", "ren", "miner", "tank",
            " ", "-", "'", ".", "0", "9", "ß", "İ", "\u0301", "\uD83D\uDE00", "\uD800", "\uDFFF", "\t", "\n");

    private final WordNetLexicon lexicon = WordNetLexicon.standard();

    static Stream<String> randomStrings() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(i -> randomString(random));
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(10);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(3) > 0) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            } else {
                text.append(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
            }
        }
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void arbitraryStringNeverThrows(String text) {
        // given a random string

        // when / then
        assertThatCode(() -> {
            lexicon.lemma(text);
            lexicon.isA(text, text);
            lexicon.isA("miner", text);
            lexicon.hypernyms(text, 12);
            lexicon.sameKind(text, "workers");
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void sameKindIsSymmetricAndReflexiveForNonBlankWords(String text) {
        // given a random string and a known noun

        // when
        boolean forward = lexicon.sameKind(text, "miners");
        boolean backward = lexicon.sameKind("miners", text);

        // then
        assertThat(forward).isEqualTo(backward);
        assertThat(lexicon.sameKind(text, text)).isEqualTo(!text.isBlank());
    }

    // Not idempotent by design: "men" is a base form of "mens" and itself the plural of "man".
    @ParameterizedTest
    @MethodSource("randomStrings")
    void lemmaIsStrippedLowerCaseAndTheSameWhenAskedAgain(String text) {
        // given a random string

        // when
        String first = lexicon.lemma(text);
        String again = lexicon.lemma(text);

        // then
        assertThat(first).isEqualTo(first.strip().toLowerCase(Locale.ROOT)).isEqualTo(again);
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void everyHypernymIsAnAncestor(String text) {
        // given a random string, often a known noun plus a suffix

        // when
        var hypernyms = lexicon.hypernyms(text, 12);

        // then
        assertThat(hypernyms).allSatisfy(ancestor -> assertThat(lexicon.isA(text, ancestor)).isTrue());
    }
}
