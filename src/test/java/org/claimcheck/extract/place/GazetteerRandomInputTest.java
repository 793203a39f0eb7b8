package org.claimcheck.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GazetteerRandomInputTest {

    private static final long SEED = 20_240_611L;
    private static final List<String> PIECES = List.of("the ", " province", " Oblast", "Goiás", "Ceará", "St.",
            "&", "’", "İ", "ß", "\u0301", " ", "-", ".", "\t", "\uD83D\uDE00", "\uD800", "\uDFFF");

    private final Gazetteer gazetteer = Gazetteer.standard();

    static Stream<String> randomStrings() {
        Random random = new Random(SEED);
        return IntStream.range(0, 500).mapToObj(i -> randomString(random));
    }

    // Mixes arbitrary code points (including lone surrogates) with fragments the matcher treats specially.
    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            if (random.nextBoolean()) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            } else {
                text.append(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
            }
        }
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void arbitraryUnicodeNeverThrows(String text) {
        // given a random string

        // when / then
        assertThatCode(() -> {
            gazetteer.lookup(text);
            gazetteer.lookup(text, "BR");
            gazetteer.lookupAll(text);
            gazetteer.byCode(text);
            gazetteer.contains(text, text);
        }).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("randomStrings")
    void everyMatchIsAKnownPlaceAndTheBestComesFirst(String text) {
        // given a random string

        // when
        List<PlaceEntry> all = gazetteer.lookupAll(text);

        // then
        assertThat(gazetteer.lookup(text)).isEqualTo(all.stream().findFirst());
        assertThat(all).allSatisfy(place -> assertThat(gazetteer.byCode(place.code())).contains(place));
    }
}
