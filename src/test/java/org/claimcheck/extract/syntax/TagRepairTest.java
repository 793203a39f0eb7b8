package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

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
}
