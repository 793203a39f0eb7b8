package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.nounPhrase;
import static org.claimcheck.extract.syntax.Syntaxes.parsed;
import static org.claimcheck.extract.syntax.Syntaxes.texts;
import static org.claimcheck.extract.syntax.Syntaxes.token;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class NounPhraseChunkerTest {

    @Test
    void numeralAndNounMakeOnePhraseWithTheNumeralListed() {
        // given a count
        AnnotatedDocument document = parsed("Six members of a farming family were rescued.");

        // when
        NounPhrase members = nounPhrase(document, "Six members");

        // then
        assertThat(token(document, members.head())).isEqualTo("members");
        assertThat(members.numbers()).extracting(n -> token(document, n)).containsExactly("Six");
        assertThat(members.determiner()).isEqualTo(-1);
    }

    @Test
    void qualifierBeforeANumeralIsInsideThePhrase() {
        // given "at least" before the number
        AnnotatedDocument document = parsed("The storm damaged at least 40 houses near the coast.");

        // when
        NounPhrase houses = nounPhrase(document, "at least 40 houses");

        // then
        assertThat(houses.numbers()).extracting(n -> token(document, n)).containsExactly("40");
        assertThat(token(document, houses.head())).isEqualTo("houses");
        assertThat(houses.modifiers()).isEmpty();
    }

    @Test
    void capitalisedNameKeepsItsConnectorsInOnePhrase() {
        // given an organisation's name with "for" inside
        AnnotatedDocument document = parsed("The Regional Institute for Coastal Studies published the survey.");

        // when
        NounPhrase institute = nounPhrase(document, "The Regional Institute for Coastal Studies");

        // then
        assertThat(institute.proper()).isTrue();
        assertThat(token(document, institute.determiner())).isEqualTo("The");
    }

    @Test
    void nounBeforeTheHeadIsAModifier() {
        // given a compound
        AnnotatedDocument document = parsed("Rescue workers reached the village by boat.");

        // when
        NounPhrase workers = nounPhrase(document, "Rescue workers");

        // then
        assertThat(token(document, workers.head())).isEqualTo("workers");
        assertThat(workers.modifiers()).extracting(m -> token(document, m)).containsExactly("Rescue");
    }

    @Test
    void possessorStaysInsideThePhraseOfWhatItOwns() {
        // given a possessive noun before the head
        AnnotatedDocument document = parsed("The agency's director resigned on Friday.");

        // when
        NounPhrase director = nounPhrase(document, "The agency's director");

        // then
        assertThat(director.possessive()).isTrue();
        assertThat(token(document, director.head())).isEqualTo("director");
    }

    @Test
    void personalPronounIsAPhraseOfItsOwn() {
        // given a pronoun subject and object
        AnnotatedDocument document = parsed("He told them the results were wrong.");

        // when
        NounPhrase he = nounPhrase(document, "He");

        // then
        assertThat(he.pronoun()).isTrue();
        assertThat(nounPhrase(document, "them").pronoun()).isTrue();
    }

    @Test
    void bareCommonNounIsAPhrase() {
        // given a plural with no determiner
        AnnotatedDocument document = parsed("Activists gathered outside the court.");

        // when
        List<String> phrases = texts(document, document.get(NounPhraseChunker.NOUN_PHRASES), NounPhrase::span);

        // then
        assertThat(phrases).containsExactly("Activists", "the court");
    }

    @Test
    void adjectivesArePartOfThePhraseAndListedAsModifiers() {
        // given two adjectives before the noun
        AnnotatedDocument document = parsed("A long, dry summer followed the cold spring.");

        // when
        NounPhrase spring = nounPhrase(document, "the cold spring");

        // then
        assertThat(spring.modifiers()).extracting(m -> token(document, m)).containsExactly("cold");
    }

    @Test
    void relativePronounIsNotAPhrase() {
        // given a relative clause
        AnnotatedDocument document = parsed("The men, who were arrested on Monday, appeared in court.");

        // when
        List<String> phrases = texts(document, document.get(NounPhraseChunker.NOUN_PHRASES), NounPhrase::span);

        // then
        assertThat(phrases).doesNotContain("who").contains("The men", "Monday", "court");
    }

    @Test
    void quantifyingDeterminerAloneStandsForANoun() {
        // given "some" as the subject
        AnnotatedDocument document = parsed("Some said they would stay.");

        // when
        NounPhrase some = nounPhrase(document, "Some");

        // then
        assertThat(some.head()).isEqualTo(some.first());
    }

    @Test
    void phrasesAreNumberedInOrderAndDoNotOverlap() {
        // given our own longer text
        AnnotatedDocument document = parsed(OwnText.NEWS);

        // when
        List<NounPhrase> phrases = document.get(NounPhraseChunker.NOUN_PHRASES);

        // then
        for (int i = 0; i < phrases.size(); i++) {
            assertThat(phrases.get(i).index()).isEqualTo(i);
            if (i > 0) {
                assertThat(phrases.get(i).first()).isGreaterThan(phrases.get(i - 1).last());
            }
        }
    }
}
