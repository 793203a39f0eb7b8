package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.tagged;
import static org.claimcheck.extract.syntax.Syntaxes.word;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartOfSpeechTaggerTest {

    @Test
    void everyTokenGetsOneTaggedWordWithItsIndexSpanAndSentence() {
        // given two sentences
        AnnotatedDocument document = tagged("The ferry ran aground in fog. All 350 passengers were taken off.");

        // when
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);

        // then
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        assertThat(words).hasSameSizeAs(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(words.get(i).index()).isEqualTo(tokens.get(i).index());
            assertThat(words.get(i).span()).isEqualTo(tokens.get(i).span());
            assertThat(words.get(i).sentence()).isEqualTo(tokens.get(i).sentence());
        }
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" is {2}, lemma \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The council said the bridge would open in May.          | said      | VERB  | say
            The claim was denied by the mayor's office.             | was       | AUX   | be
            The claim was denied by the mayor's office.             | denied    | VERB  | deny
            The singer was rumoured to have left the band.          | rumoured  | VERB  | rumour
            Inspectors found mould in two kitchens.                 | kitchens  | NOUN  | kitchen
            The storm was larger than forecast.                     | larger    | ADJ   | large
            The board has not confirmed the figure.                 | has       | AUX   | have
            The union didn't accept the offer.                      | didn't    | AUX   | do
            Officials cannot confirm the report.                    | cannot    | AUX   | can
            """)
    void wordIsTaggedAndLemmatized(String sentence, String token, PartOfSpeech tag, String lemma) {
        // given a sentence of our own
        AnnotatedDocument document = tagged(sentence);

        // when
        TaggedWord word = word(document, token);

        // then
        assertThat(word.tag()).isEqualTo(tag);
        assertThat(word.lemma()).isEqualTo(lemma);
    }

    @Test
    void wordAfterAPossessiveIsTaggedAsTheModelSeesSplitClitics() {
        // given a possessive our tokenizer keeps on its host, before an adjective
        AnnotatedDocument document = tagged("Farmers in the valley's fertile south said the harvest failed.");

        // when
        TaggedWord possessive = word(document, "valley's");
        TaggedWord adjective = word(document, "fertile");

        // then
        assertThat(possessive.tag()).isEqualTo(PartOfSpeech.NOUN);
        assertThat(adjective.tag()).isEqualTo(PartOfSpeech.ADJ);
    }

    @Test
    void negatedAuxiliaryKeepsItsHostsTag() {
        // given a contraction the model's training text splits ("did n't")
        AnnotatedDocument document = tagged("The club didn't comment on the transfer.");

        // when
        TaggedWord auxiliary = word(document, "didn't");

        // then
        assertThat(auxiliary.tag()).isEqualTo(PartOfSpeech.AUX);
    }

    @Test
    void groupedNumberIsANumeral() {
        // given a number with a thousands separator, which the model alone may call a noun
        AnnotatedDocument document = tagged("Volunteers planted 100,000 trees and 12,500 shrubs.");

        // when
        TaggedWord hundredThousand = word(document, "100,000");

        // then
        assertThat(hundredThousand.tag()).isEqualTo(PartOfSpeech.NUM);
        assertThat(word(document, "12,500").tag()).isEqualTo(PartOfSpeech.NUM);
    }

    @Test
    void hyphenatedWordBeforeANounIsNeverPunctuation() {
        // given a hyphenated modifier the model has not seen whole
        AnnotatedDocument document = tagged("The study appeared in a peer-reviewed journal.");

        // when
        TaggedWord modifier = word(document, "peer-reviewed");

        // then
        assertThat(modifier.tag()).isNotIn(PartOfSpeech.PUNCT, PartOfSpeech.SYM);
    }

    @Test
    void possessiveNounLosesItsCliticInTheLemma() {
        // given a possessive common noun
        AnnotatedDocument document = tagged("The ministry's spokesman declined to comment.");

        // when
        TaggedWord ministry = word(document, "ministry's");

        // then
        assertThat(ministry.lemma()).isEqualTo("ministry");
    }

    @Test
    void nameKeepsItsLowerCasedForm() {
        // given a proper noun
        AnnotatedDocument document = tagged("Lucia Brandt won the race in Valparaiso.");

        // when
        TaggedWord town = word(document, "Valparaiso");

        // then
        assertThat(town.tag()).isEqualTo(PartOfSpeech.PROPN);
        assertThat(town.lemma()).isEqualTo("valparaiso");
    }

    @Test
    void punctuationIsTaggedPunct() {
        // given a sentence with a comma and a full stop
        AnnotatedDocument document = tagged("Rain fell, and the river rose.");

        // when
        TaggedWord comma = word(document, ",");

        // then
        assertThat(comma.tag()).isEqualTo(PartOfSpeech.PUNCT);
        assertThat(word(document, ".").tag()).isEqualTo(PartOfSpeech.PUNCT);
    }

    @Test
    void sameTextIsTaggedTheSameEveryTime() {
        // given one text tagged twice
        String text = OwnText.NEWS;

        // when
        List<TaggedWord> first = tagged(text).get(PartOfSpeechTagger.TAGGED);
        List<TaggedWord> second = tagged(text).get(PartOfSpeechTagger.TAGGED);

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void emptyDocumentHasAnEmptyLayer() {
        // given no text
        AnnotatedDocument document = tagged("");

        // when
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);

        // then
        assertThat(words).isEmpty();
    }
}
