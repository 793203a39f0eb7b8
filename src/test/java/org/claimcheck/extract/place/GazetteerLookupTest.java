package org.claimcheck.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerLookupTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Minas Gerais          | brmg
            Kerala                | inkl
            Khyber Pakhtunkhwa    | pkkp
            Texas                 | ustx
            Brittany              | frbre
            Thuringia             | deth
            Brazil                | BR
            """)
    void englishNameFindsPlaceFromCldr(String name, String code) {
        // given the bundled gazetteer

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).map(PlaceEntry::code).contains(code);
    }

    @Test
    void subdivisionCarriesItsCountryAndParent() {
        // given
        String name = "Minas Gerais";

        // when
        var place = gazetteer.lookup(name).orElseThrow();

        // then
        assertThat(place).isEqualTo(new PlaceEntry("brmg", "Minas Gerais", PlaceKind.SUBDIVISION, "BR", "BR"));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            goias             | brgo
            GOIÁS             | brgo
            Yucatan               | mxyuc
            Ile de France         | fridf
            Kyoto                 | jp26
            north rhine westphalia| denw
            """)
    void caseAccentsAndPunctuationAreIgnored(String name, String code) {
        // given the bundled gazetteer

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).map(PlaceEntry::code).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tver Oblast           | rutve
            Tver oblast           | rutve
            the Tver region       | rutve
            Kerala state          | inkl
            Thuringia state       | deth
            Anambra State         | ngan
            Kamchatka             | rukam
            Moscow                | rumow
            Moscow Oblast         | rumos
            Georgia state         | usga
            """)
    void leadingTheAndTrailingTypeWordAreTolerated(String name, String code) {
        // given the bundled gazetteer

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).map(PlaceEntry::code).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            United States         | US
            US                    | US
            U.S.                  | US
            USA                   | US
            the UK                | GB
            Britain               | GB
            Ivory Coast           | CI
            Cote d'Ivoire         | CI
            Antigua and Barbuda   | AG
            Saint Lucia           | LC
            Brazilian             | BR
            Pakistani             | PK
            """)
    void countryAliasesAndAdjectivesFindTheCountry(String name, String code) {
        // given the bundled gazetteer

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).map(PlaceEntry::code).contains(code);
    }

    @ParameterizedTest(name = "\"{0}\" is unknown")
    @CsvSource(delimiter = '|', textBlock = """
            Atlantis
            Oblast
            the
            province of
            Atlantis province
            ''
            '  ...  '
            """)
    void unknownOrEmptyNameFindsNothing(String name) {
        // given the bundled gazetteer

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).isEmpty();
    }

    @Test
    void countryIsPreferredOverSubdivisionOfTheSameName() {
        // given Georgia is both a country and a US state
        String name = "Georgia";

        // when
        var place = gazetteer.lookup(name);

        // then
        assertThat(place).map(PlaceEntry::code).contains("GE");
    }

    @Test
    void ambiguousSubdivisionsAreRankedByDepthThenCode() {
        // given Córdoba is a province in Argentina, a department in Colombia and a province within Andalusia
        String name = "Cordoba";

        // when
        List<PlaceEntry> places = gazetteer.lookupAll(name);

        // then
        assertThat(places).extracting(PlaceEntry::code).containsExactly("arx", "cocor", "esco");
        assertThat(gazetteer.lookup(name)).map(PlaceEntry::code).contains("arx");
    }

    @Test
    void countryHintChoosesAmongSharedNames() {
        // given Punjab is a state of India and a province of India
        String name = "Punjab province";

        // when
        var unhinted = gazetteer.lookup(name);
        var hinted = gazetteer.lookup(name, "pk");

        // then
        assertThat(unhinted).map(PlaceEntry::code).contains("inpb");
        assertThat(hinted).map(PlaceEntry::code).contains("pkpb");
    }

    @Test
    void countryHintExcludesPlacesElsewhere() {
        // given Kerala is in India
        String name = "Kerala";

        // when
        var place = gazetteer.lookup(name, "BR");

        // then
        assertThat(place).isEmpty();
    }

    @Test
    void codeLookupAcceptsAnyCase() {
        // given
        String code = "BRGO";

        // when
        var place = gazetteer.byCode(code);

        // then
        assertThat(place).map(PlaceEntry::name).contains("Goiás");
    }

    @Test
    void nullNameIsRejected() {
        // given the bundled gazetteer

        // when / then
        assertThatNullPointerException().isThrownBy(() -> gazetteer.lookup(null)).withMessage("name");
    }
}
