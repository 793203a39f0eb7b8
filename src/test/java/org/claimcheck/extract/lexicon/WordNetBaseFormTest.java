package org.claimcheck.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import net.sf.extjwnl.data.POS;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordNetBaseFormTest {

    private final WordNetLexicon wordNet = WordNetLexicon.standard();

    @ParameterizedTest(name = "verb \"{0}\" has the base form \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            said      | say
            was       | be
            denied    | deny
            rumoured  | rumour
            Told      | tell
            verified  | verify
            risen     | rise
            confirm   | confirm
            """)
    void verbTakesWordNetsBaseForm(String verb, String base) {
        // given the bundled WordNet

        // when
        String lemma = wordNet.baseForm(verb, POS.VERB);

        // then
        assertThat(lemma).isEqualTo(base);
    }

    @Test
    void sameWordHasTheBaseFormOfTheClassAskedFor() {
        // given "lives", a noun plural and a verb form

        // when
        String noun = wordNet.baseForm("lives", POS.NOUN);
        String verb = wordNet.baseForm("lives", POS.VERB);

        // then
        assertThat(noun).isEqualTo("life");
        assertThat(verb).isEqualTo("live");
    }

    @Test
    void comparativeAdjectiveTakesItsPositive() {
        // given a comparative

        // when
        String lemma = wordNet.baseForm("larger", POS.ADJECTIVE);

        // then
        assertThat(lemma).isEqualTo("large");
    }

    @Test
    void unknownWordStaysLowerCased() {
        // given a name WordNet does not know, and text it is never asked about

        // when
        String name = wordNet.baseForm("Qorvaleth", POS.NOUN);
        String foreign = wordNet.baseForm("Straße", POS.NOUN);

        // then
        assertThat(name).isEqualTo("qorvaleth");
        assertThat(foreign).isEqualTo("straße");
    }

    @Test
    void nullIsRejectedNamingTheParameter() {
        // given the lexicon

        // when / then
        assertThatNullPointerException().isThrownBy(() -> wordNet.baseForm(null, POS.VERB)).withMessage("word");
        assertThatNullPointerException().isThrownBy(() -> wordNet.baseForm("said", null)).withMessage("pos");
    }
}
