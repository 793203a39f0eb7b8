package org.claimcheck.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WordNetLexiconTest {

    private final WordNetLexicon lexicon = WordNetLexicon.standard();

    @ParameterizedTest(name = "\"{0}\" has the base form \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            miners      | miner
            casualties  | casualty
            troops      | troop
            children    | child
            media       | medium
            buses       | bus
            Ferries     | ferry
            ballots     | ballot
            people      | people
            helicopter  | helicopter
            """)
    void pluralNounTakesWordNetsBaseForm(String noun, String lemma) {
        // given the bundled WordNet

        // when
        String base = lexicon.lemma(noun);

        // then
        assertThat(base).isEqualTo(lemma);
    }

    @ParameterizedTest(name = "unknown \"{0}\" stays \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Zorblaxes  | zorblaxes
            2024       | 2024
            Straße     | straße
            """)
    void unknownWordIsReturnedLowerCased(String word, String expected) {
        // given a word WordNet does not know as a noun

        // when
        String base = lexicon.lemma(word);

        // then
        assertThat(base).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is a kind of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            miner       | worker
            helicopter  | aircraft
            ballot      | document
            ferry       | boat
            nurse       | health professional
            hospital    | building
            tanks       | vehicles
            Paris       | city
            """)
    void frequentSenseReachesItsAncestor(String noun, String ancestor) {
        // given the bundled WordNet

        // when
        boolean kind = lexicon.isA(noun, ancestor);

        // then
        assertThat(kind).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a kind of \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            tank        | person
            aircraft    | helicopter
            miner       | miner
            mouse       | device
            crane       | writer
            bank        | array
            zorblax     | entity
            miner       | zorblax
            """)
    void unrelatedRareOrReversedPairIsNotAKind(String noun, String ancestor) {
        // given the bundled WordNet; mouse as a device, crane as Stephen Crane and bank as an array are rare senses

        // when
        boolean kind = lexicon.isA(noun, ancestor);

        // then
        assertThat(kind).isFalse();
    }

    @Test
    void hypernymsComeNearestFirstUpToTheDepth() {
        // given
        String noun = "helicopters";

        // when
        Set<String> two = lexicon.hypernyms(noun, 2);
        Set<String> twelve = lexicon.hypernyms(noun, 12);

        // then
        assertThat(two).containsExactly("heavier-than-air craft", "aircraft");
        assertThat(twelve).startsWith("heavier-than-air craft", "aircraft").contains("vehicle", "entity");
    }

    @ParameterizedTest(name = "depth {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void depthBelowOneHasNoHypernyms(int depth) {
        // given
        String noun = "ferry";

        // when
        Set<String> hypernyms = lexicon.hypernyms(noun, depth);

        // then
        assertThat(hypernyms).isEmpty();
    }

    @Test
    void depthAboveTheLimitIsCappedNotRejected() {
        // given
        String noun = "ferry";

        // when
        Set<String> hypernyms = lexicon.hypernyms(noun, Integer.MAX_VALUE);

        // then
        assertThat(hypernyms).isEqualTo(lexicon.hypernyms(noun, 12)).contains("entity");
    }

    @Test
    void unknownWordHasNoHypernyms() {
        // given
        String noun = "zorblaxes";

        // when
        Set<String> hypernyms = lexicon.hypernyms(noun, 12);

        // then
        assertThat(hypernyms).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" count the same kind")
    @CsvSource(delimiter = '|', textBlock = """
            miners       | workers
            houses       | homes
            kids         | children
            deaths       | fatalities
            casualties   | victims
            doctors      | physicians
            cars         | vehicles
            protesters   | demonstrators
            hospitals    | buildings
            ballots      | ballot
            Zorblaxes    | zorblaxes
            """)
    void sameKindAcceptsSynonymsNarrowerKindsAndInflections(String a, String b) {
        // given the bundled WordNet

        // when
        boolean forward = lexicon.sameKind(a, b);
        boolean backward = lexicon.sameKind(b, a);

        // then
        assertThat(forward).isTrue();
        assertThat(backward).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\" are different kinds")
    @CsvSource(delimiter = '|', textBlock = """
            children     | people
            refugees     | people
            civilians    | people
            tanks        | troops
            homes        | schools
            houses       | firms
            troops       | soldiers
            nurses       | workers
            ferries      | ballots
            killed       | injured
            zorblaxes    | workers
            """)
    void sameKindRejectsSubsetsGenericKindsAndUnrelatedNouns(String a, String b) {
        // given the bundled WordNet; "people" is on the generic stop list, "killed" and "injured" are verbs

        // when
        boolean forward = lexicon.sameKind(a, b);
        boolean backward = lexicon.sameKind(b, a);

        // then
        assertThat(forward).isFalse();
        assertThat(backward).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "\t"})
    void blankWordIsNeverTheSameKind(String blank) {
        // given a blank word

        // when
        boolean withItself = lexicon.sameKind(blank, blank);
        boolean withNoun = lexicon.sameKind(blank, "workers");

        // then
        assertThat(withItself).isFalse();
        assertThat(withNoun).isFalse();
    }

    @Test
    void nullWordIsRejectedNamingTheParameter() {
        // given
        String missing = null;

        // when / then
        assertThatNullPointerException().isThrownBy(() -> lexicon.lemma(missing)).withMessage("noun");
        assertThatNullPointerException().isThrownBy(() -> lexicon.isA("miner", missing)).withMessage("ancestor");
        assertThatNullPointerException().isThrownBy(() -> lexicon.sameKind("miner", missing)).withMessage("b");
    }

    @Test
    void standardLexiconIsLoadedOnce() {
        // given
        WordNetLexicon first = WordNetLexicon.standard();

        // when
        WordNetLexicon second = WordNetLexicon.standard();

        // then
        assertThat(second).isSameAs(first);
    }

    @ParameterizedTest(name = "\"{0}\" has the verb synonym \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            sacked   | fire
            died     | pass
            seized   | capture
            resigned | quit
            """)
    void inflectedVerbHasTheSynonymsOfItsFrequentSenses(String verb, String synonym) {
        assertThat(lexicon.verbSynonyms(verb)).contains(synonym);
    }

    @Test
    void wordThatIsNoVerbHasNoVerbSynonyms() {
        assertThat(lexicon.verbSynonyms("yesterday")).isEmpty();
        assertThat(lexicon.verbSynonyms("%%")).isEmpty();
    }
}
