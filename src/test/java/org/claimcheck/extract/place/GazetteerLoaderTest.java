package org.claimcheck.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerLoaderTest {

    private static final String WORDS = "# roles\nregion\ttype\ncentral\tgeneric\n";

    private static Gazetteer load(String places, String aliases) {
        Map<String, String> files = Map.of("p", places, "a", aliases, "w", WORDS);
        return new GazetteerLoader(name -> stream(files.get(name))).load("p", "a", "w");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void typeWordIsDroppedFromNamesButNotDownToAGenericWord() {
        // given two invented regions, one whose name without its type word is only a direction
        String places = "QX\t\tcountry\tQuexland\t\nqxhi\tQX\tsubdivision\tHighmoor Region\t\n"
                + "qxce\tQX\tsubdivision\tCentral Region\t\n";

        // when
        Gazetteer gazetteer = load(places, "");

        // then
        assertThat(gazetteer.lookup("Highmoor")).map(PlaceEntry::code).contains("qxhi");
        assertThat(gazetteer.lookup("Central")).isEmpty();
        assertThat(gazetteer.lookup("Central Region")).map(PlaceEntry::code).contains("qxce");
    }

    @Test
    void aliasToUnknownCodeNamesResourceAndLine() {
        // given
        String places = "QX\t\tcountry\tQuexland\t\n";
        String aliases = "# header\nQuexish\tQZ\n";

        // when / then
        assertThatIllegalStateException().isThrownBy(() -> load(places, aliases))
                .withMessage("a:2: unknown code 'QZ'");
    }

    @Test
    void subdivisionWithUnknownParentIsRejected() {
        // given
        String places = "QX\t\tcountry\tQuexland\t\nqxhi\tqxzz\tsubdivision\tHighmoor\t\n";

        // when / then
        assertThatIllegalStateException().isThrownBy(() -> load(places, ""))
                .withMessageContaining("qxhi has unknown or cyclic parent 'qxzz'");
    }

    @Test
    void rowWithMissingColumnsNamesResourceAndLine() {
        // given
        String places = "QX\tcountry\tQuexland\n";

        // when / then
        assertThatIllegalStateException().isThrownBy(() -> load(places, ""))
                .withMessage("p:1: expected 5 tab-separated columns, found 3");
    }
}
