package org.claimcheck.extract.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerContainmentTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "{0} contains {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BR     | brgo
            IN     | inkl
            PK     | pkkp
            US     | ustx
            DE     | deth
            FR     | frbre
            gbeng  | gbkec
            GB     | gbkec
            esan   | esco
            ES     | esco
            br     | BRSP
            """)
    void placeContainsItsSubdivisionsAtAnyDepth(String outer, String inner) {
        // given the bundled gazetteer

        // when
        boolean contained = gazetteer.contains(outer, inner);

        // then
        assertThat(contained).isTrue();
    }

    @ParameterizedTest(name = "{0} does not contain {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BR     | BR
            brgo   | brgo
            brgo   | BR
            gbkec  | gbeng
            IN     | pkpb
            gbsct  | gbkec
            FR     | nosuch
            nosuch | brgo
            ''     | brgo
            """)
    void containmentIsStrictAndFalseForUnknownCodes(String outer, String inner) {
        // given the bundled gazetteer

        // when
        boolean contained = gazetteer.contains(outer, inner);

        // then
        assertThat(contained).isFalse();
    }

    @ParameterizedTest(name = "{0} falls back to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            albr   | AL
            """)
    void subdivisionWithoutContainmentEntryBelongsToTheCountryInItsCode(String code, String country) {
        // given Albania's districts have no entry in CLDR's subdivision containment

        // when
        var place = gazetteer.byCode(code).orElseThrow();

        // then
        assertThat(place.parentCode()).isEqualTo(country);
        assertThat(gazetteer.contains(country, code)).isTrue();
    }
}
