package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.lexicon.ClosedClassLexicon;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.junit.jupiter.api.Test;

class TagRepairTest {

    @Test
    void groupedDigitsBecomeANumeral() {
        // given a grouped number the model called a noun

        // when
        PartOfSpeech tag = TagRepair.shape("100,000", PartOfSpeech.NOUN, PartOfSpeech.NOUN);

        // then
        assertThat(tag).isEqualTo(PartOfSpeech.NUM);
    }

    @Test
    void wordTaggedAsPunctuationBeforeANounBecomesAnAdjective() {
        // given a hyphenated word the model called punctuation

        // when
        PartOfSpeech tag = TagRepair.shape("well-funded", PartOfSpeech.PUNCT, PartOfSpeech.NOUN);

        // then
        assertThat(tag).isEqualTo(PartOfSpeech.ADJ);
    }

    @Test
    void wordTaggedAsSymbolElsewhereBecomesANoun() {
        // given a hyphenated word at the end of a clause

        // when
        PartOfSpeech tag = TagRepair.shape("follow-up", PartOfSpeech.SYM, PartOfSpeech.PUNCT);

        // then
        assertThat(tag).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void tokenOfDigitsAndLettersKeepsItsTag() {
        // given a code, not a number
        PartOfSpeech tag = TagRepair.shape("4x4", PartOfSpeech.NOUN, PartOfSpeech.NOUN);

        // when / then
        assertThat(tag).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void modelTagsOfOrdinaryTokensAreKept() {
        // given a mark and a word tagged sensibly

        // when
        PartOfSpeech mark = TagRepair.shape("%", PartOfSpeech.SYM, PartOfSpeech.PUNCT);
        PartOfSpeech word = TagRepair.shape("river", PartOfSpeech.NOUN, PartOfSpeech.VERB);

        // then
        assertThat(mark).isEqualTo(PartOfSpeech.SYM);
        assertThat(word).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void emptyTokenKeepsItsTag() {
        // given an empty string

        // when
        PartOfSpeech tag = TagRepair.shape("", PartOfSpeech.X, PartOfSpeech.PUNCT);

        // then
        assertThat(tag).isEqualTo(PartOfSpeech.X);
    }

    @Test
    void pluralAfterALexicalVerbIsANoun() {
        // given "denied reports" with the -s word read as a verb
        PartOfSpeech[] tags = {PartOfSpeech.DET, PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.VERB};

        // when
        repaired("The club denied reports", tags);

        // then
        assertThat(tags[3]).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void pluralAfterAnInfinitiveVerbIsANoun() {
        // given "to deny reports" with the -s word read as a verb
        PartOfSpeech[] tags = {PartOfSpeech.NOUN, PartOfSpeech.VERB, PartOfSpeech.PART, PartOfSpeech.VERB,
                PartOfSpeech.VERB};

        // when
        repaired("Ministers hurried to deny reports", tags);

        // then
        assertThat(tags[4]).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void pluralAfterToIsANoun() {
        // given "referring to reports that" with the -s word read as a verb
        PartOfSpeech[] tags = {PartOfSpeech.VERB, PartOfSpeech.ADP, PartOfSpeech.VERB, PartOfSpeech.SCONJ};

        // when
        repaired("referring to reports that", tags);

        // then
        assertThat(tags[2]).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void verbInSAfterItsSubjectStaysAVerb() {
        // given "she reports" read correctly
        PartOfSpeech[] tags = {PartOfSpeech.PRON, PartOfSpeech.VERB, PartOfSpeech.ADP, PartOfSpeech.NOUN};

        // when
        repaired("She reports on farming", tags);

        // then
        assertThat(tags[1]).isEqualTo(PartOfSpeech.VERB);
    }

    @Test
    void lowerCaseWordTaggedAsProperNounIsAVerbWhenPastElseANoun() {
        // given "the official concerned denied having" with "denied" read as a proper noun, and a lower-case
        // "rebels" read as one
        PartOfSpeech[] tags = {PartOfSpeech.DET, PartOfSpeech.ADJ, PartOfSpeech.ADJ, PartOfSpeech.PROPN, PartOfSpeech.AUX};
        PartOfSpeech[] plural = {PartOfSpeech.PROPN, PartOfSpeech.VERB};

        // when
        repaired("the official concerned denied having", tags);
        repaired("rebels said", plural);

        // then
        assertThat(tags[3]).isEqualTo(PartOfSpeech.VERB);
        assertThat(plural[0]).isEqualTo(PartOfSpeech.NOUN);
    }

    @Test
    void capitalizedProperNounStaysAProperNoun() {
        PartOfSpeech[] tags = {PartOfSpeech.PROPN, PartOfSpeech.VERB};

        repaired("Denver said", tags);

        assertThat(tags[0]).isEqualTo(PartOfSpeech.PROPN);
    }

    private static void repaired(String sentence, PartOfSpeech[] tags) {
        String[] words = sentence.split(" ");
        String[] lower = sentence.toLowerCase(java.util.Locale.ROOT).split(" ");
        ClosedClassLexicon lexicon = ClosedClassLexicon.standard();
        new TagRepair(lexicon, new Lemmatizer(lexicon, WordNetLexicon.standard())).repair(words, lower, tags);
    }
}
