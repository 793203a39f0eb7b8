package org.claimcheck.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosedClassLexiconTest {

    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the       | DETERMINER
            those     | DEMONSTRATIVE
            several   | QUANTIFIER
            their     | POSSESSIVE
            them      | PERSONAL_PRONOUN
            whom      | RELATIVE
            were      | BE
            were      | PAST
            has       | HAVE
            did       | DO
            could     | MODAL
            will      | FUTURE
            never     | NEGATION
            nor       | COORDINATOR
            although  | SUBORDINATOR
            whether   | COMPLEMENTIZER
            according | PREPOSITION
            to        | INFINITIVE_MARKER
            dr        | TITLE
            say       | REPORTING
            """)
    void listedWordHasItsClass(String word, WordClass wordClass) {
        // given the bundled lexicon

        // when
        boolean is = lexicon.is(word, wordClass);

        // then
        assertThat(is).isTrue();
    }

    @Test
    void wordOfSeveralClassesHasThemAll() {
        // given a word listed as determiner, demonstrative, relative and complementizer

        // when
        var classes = lexicon.classes("that");

        // then
        assertThat(classes).contains(WordClass.DETERMINER, WordClass.DEMONSTRATIVE, WordClass.RELATIVE,
                WordClass.COMPLEMENTIZER);
    }

    @Test
    void negativeContractionHasTheCliticsClassAndItsHosts() {
        // given "didn't": the clitic "n't" on the auxiliary "did"

        // when
        var classes = lexicon.classes("didn't");

        // then
        assertThat(classes).contains(WordClass.NEGATION, WordClass.DO, WordClass.PAST, WordClass.AUXILIARY);
        assertThat(lexicon.host("didn't")).isEqualTo("did");
        assertThat(lexicon.baseForm("didn't")).contains("do");
    }

    @Test
    void possessiveCliticMakesAnyNounPossessive() {
        // given a noun the lexicon does not list, with "'s"

        // when
        boolean possessive = lexicon.is("harbour's", WordClass.POSSESSIVE);

        // then
        assertThat(possessive).isTrue();
        assertThat(lexicon.host("harbour's")).isEqualTo("harbour");
        assertThat(lexicon.baseForm("harbour's")).isEmpty();
    }

    @Test
    void wholeWordEntryWinsOverItsClitic() {
        // given "it's", listed whole as pronoun and "be"

        // when
        boolean possessive = lexicon.is("it's", WordClass.POSSESSIVE);

        // then
        assertThat(possessive).isFalse();
        assertThat(lexicon.is("it's", WordClass.BE)).isTrue();
    }

    @Test
    void baseFormColumnGivesTheLemmaOfAnInflectedAuxiliary() {
        // given the past of "be"

        // when
        var base = lexicon.baseForm("was");

        // then
        assertThat(base).contains("be");
    }

    @Test
    void fusedNegativeModalReadsAsTheModal() {
        // given "cannot", one token

        // when
        var classes = lexicon.classes("cannot");

        // then
        assertThat(classes).contains(WordClass.MODAL, WordClass.NEGATION);
        assertThat(lexicon.baseForm("cannot")).contains("can");
    }

    @Test
    void openClassWordHasNoClass() {
        // given a noun

        // when
        var classes = lexicon.classes("reservoir");

        // then
        assertThat(classes).isEmpty();
        assertThat(lexicon.contains("reservoir")).isFalse();
        assertThat(lexicon.baseForm("reservoir")).isEmpty();
        assertThat(lexicon.host("reservoir")).isEqualTo("reservoir");
    }

    @Test
    void cliticAloneIsNotAWord() {
        // given the bare clitic text and an empty string

        // when
        var clitic = lexicon.classes("'s");
        var empty = lexicon.classes("");

        // then
        assertThat(clitic).isEmpty();
        assertThat(empty).isEmpty();
    }
}
