package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.parsed;
import static org.claimcheck.extract.syntax.Syntaxes.texts;
import static org.claimcheck.extract.syntax.Syntaxes.token;
import static org.claimcheck.extract.syntax.Syntaxes.verbGroup;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class VerbGroupChunkerTest {

    @Test
    void negatedPassivePerfectWithAnAdverbIsOneGroup() {
        // given a long auxiliary chain
        AnnotatedDocument document = parsed("The figure had not been independently verified.");

        // when
        VerbGroup group = verbGroup(document, "had not been independently verified");

        // then
        assertThat(token(document, group.head())).isEqualTo("verified");
        assertThat(group.lemma()).isEqualTo("verify");
        assertThat(group.negated()).isTrue();
        assertThat(group.voice()).isEqualTo(Voice.PASSIVE);
        assertThat(group.perfect()).isTrue();
        assertThat(group.tense()).isEqualTo(Tense.PAST);
        assertThat(group.modal()).isEmpty();
    }

    @Test
    void fusedNegativeModalIsNegatedWithItsModal() {
        // given "cannot", one token
        AnnotatedDocument document = parsed("The clinic cannot confirm the diagnosis.");

        // when
        VerbGroup group = verbGroup(document, "cannot confirm");

        // then
        assertThat(group.negated()).isTrue();
        assertThat(group.modal()).isEqualTo("can");
        assertThat(group.lemma()).isEqualTo("confirm");
        assertThat(group.tense()).isEqualTo(Tense.PRESENT);
    }

    @Test
    void pastModalWithNotIsNegatedAndPast() {
        // given "could not"
        AnnotatedDocument document = parsed("Engineers could not confirm the cause of the leak.");

        // when
        VerbGroup group = verbGroup(document, "could not confirm");

        // then
        assertThat(group.negated()).isTrue();
        assertThat(group.modal()).isEqualTo("could");
        assertThat(group.tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void doSupportNegationKeepsTheMainVerbsLemma() {
        // given "did not deny"
        AnnotatedDocument document = parsed("The coach did not deny the reports.");

        // when
        VerbGroup group = verbGroup(document, "did not deny");

        // then
        assertThat(group.lemma()).isEqualTo("deny");
        assertThat(group.negated()).isTrue();
        assertThat(group.tense()).isEqualTo(Tense.PAST);
        assertThat(group.voice()).isEqualTo(Voice.ACTIVE);
    }

    @Test
    void presentPerfectIsPerfectAndPresent() {
        // given "has denied"
        AnnotatedDocument document = parsed("The company has denied any wrongdoing.");

        // when
        VerbGroup group = verbGroup(document, "has denied");

        // then
        assertThat(group.perfect()).isTrue();
        assertThat(group.tense()).isEqualTo(Tense.PRESENT);
        assertThat(group.negated()).isFalse();
    }

    @Test
    void beBeforeAParticipleIsPassive() {
        // given "was rumoured"
        AnnotatedDocument document = parsed("The actor was rumoured to have left the country.");

        // when
        VerbGroup group = verbGroup(document, "was rumoured");

        // then
        assertThat(group.voice()).isEqualTo(Voice.PASSIVE);
        assertThat(group.lemma()).isEqualTo("rumour");
    }

    @Test
    void perfectPassiveInfinitiveHasAllThree() {
        // given "to have been paid"
        AnnotatedDocument document = parsed("The players are said to have been paid twice.");

        // when
        VerbGroup group = verbGroup(document, "to have been paid");

        // then
        assertThat(group.infinitive()).isTrue();
        assertThat(group.voice()).isEqualTo(Voice.PASSIVE);
        assertThat(group.perfect()).isTrue();
        assertThat(group.lemma()).isEqualTo("pay");
    }

    @Test
    void willMarksTheFuture() {
        // given "will resign"
        AnnotatedDocument document = parsed("The treasurer will resign next month.");

        // when
        VerbGroup group = verbGroup(document, "will resign");

        // then
        assertThat(group.tense()).isEqualTo(Tense.FUTURE);
        assertThat(group.modal()).isEqualTo("will");
    }

    @Test
    void beBeforeAnIngFormIsProgressiveAndActive() {
        // given "was seeking"
        AnnotatedDocument document = parsed("The team was seeking new funding.");

        // when
        VerbGroup group = verbGroup(document, "was seeking");

        // then
        assertThat(group.progressive()).isTrue();
        assertThat(group.voice()).isEqualTo(Voice.ACTIVE);
    }

    @Test
    void mainVerbAloneTakesItsTenseFromItsSpelling() {
        // given a past and a present reporting verb
        AnnotatedDocument document = parsed("The mayor said the road was closed. Her deputy says it is open.");

        // when
        VerbGroup said = verbGroup(document, "said");
        VerbGroup says = verbGroup(document, "says");

        // then
        assertThat(said.tense()).isEqualTo(Tense.PAST);
        assertThat(said.lemma()).isEqualTo("say");
        assertThat(says.tense()).isEqualTo(Tense.PRESENT);
    }

    @Test
    void copulaWithoutMainVerbIsHeadedByTheAuxiliary() {
        // given "was not" before a prepositional phrase
        AnnotatedDocument document = parsed("The driver was not at the hearing.");

        // when
        VerbGroup group = verbGroup(document, "was not");

        // then
        assertThat(token(document, group.head())).isEqualTo("was");
        assertThat(group.lemma()).isEqualTo("be");
        assertThat(group.negated()).isTrue();
    }

    @Test
    void prepositionTaggedAsVerbIsNoGroup() {
        // given "according to"
        AnnotatedDocument document = parsed("Prices rose, according to the bureau.");

        // when
        List<String> groups = texts(document, document.get(VerbGroupChunker.VERB_GROUPS), VerbGroup::span);

        // then
        assertThat(groups).containsExactly("rose");
    }

    @Test
    void groupsAreNumberedInOrderAndDoNotOverlap() {
        // given our own longer text
        AnnotatedDocument document = parsed(OwnText.NEWS);

        // when
        List<VerbGroup> groups = document.get(VerbGroupChunker.VERB_GROUPS);

        // then
        for (int i = 0; i < groups.size(); i++) {
            assertThat(groups.get(i).index()).isEqualTo(i);
            if (i > 0) {
                assertThat(groups.get(i).first()).isGreaterThan(groups.get(i - 1).last());
            }
        }
    }
}
