package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.parsed;

import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

class PrepositionalPhraseChunkerTest {

    private static PrepositionalPhrase phrase(AnnotatedDocument document, String text) {
        return document.get(PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES).stream()
                .filter(p -> document.text(p.span()).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no prepositional phrase '" + text + "'"));
    }

    @Test
    void ofAttachesToTheNounBeforeIt() {
        // given a partitive
        AnnotatedDocument document = parsed("Six members of a fishing crew were rescued.");
        Syntax syntax = Syntax.of(document);

        // when
        PrepositionalPhrase of = phrase(document, "of a fishing crew");

        // then
        assertThat(of.attachment()).isEqualTo(Attachment.NOUN);
        assertThat(syntax.attachedNoun(of)).map(np -> document.text(np.span())).contains("Six members");
        assertThat(syntax.object(of)).map(np -> document.text(np.span())).contains("a fishing crew");
    }

    @Test
    void placeAndDayAfterAVerbAttachToTheVerb() {
        // given a verb with two adjuncts in a row
        AnnotatedDocument document = parsed("Two cyclists were injured in Ghent on Sunday.");
        Syntax syntax = Syntax.of(document);

        // when
        PrepositionalPhrase in = phrase(document, "in Ghent");
        PrepositionalPhrase on = phrase(document, "on Sunday");

        // then
        assertThat(syntax.attachedVerb(in)).map(vg -> document.text(vg.span())).contains("were injured");
        assertThat(syntax.attachedVerb(on)).map(vg -> document.text(vg.span())).contains("were injured");
    }

    @Test
    void accordingToIsOneTwoWordPreposition() {
        // given a sentence adverbial after a comma
        AnnotatedDocument document = parsed("Exports fell by a fifth, according to the customs office.");

        // when
        PrepositionalPhrase according = phrase(document, "according to the customs office");

        // then
        assertThat(according.lemma()).isEqualTo("according to");
        assertThat(according.attachment()).isEqualTo(Attachment.NONE);
        assertThat(according.attachedTo()).isEqualTo(-1);
    }

    @Test
    void prepositionBeforeANumberIsAPhraseEvenWhenTaggedAParticle() {
        // given "to 19" after a verb
        AnnotatedDocument document = parsed("Rescuers said the toll had risen to 19.");

        // when
        PrepositionalPhrase to = phrase(document, "to 19");

        // then
        assertThat(to.attachment()).isEqualTo(Attachment.VERB);
    }

    @Test
    void prepositionAfterANounBeforeAnyVerbAttachesToTheNoun() {
        // given a subject with a place
        AnnotatedDocument document = parsed("Residents in the valley said the water was brown.");
        Syntax syntax = Syntax.of(document);

        // when
        PrepositionalPhrase in = phrase(document, "in the valley");

        // then
        assertThat(syntax.attachedNoun(in)).map(np -> document.text(np.span())).contains("Residents");
    }
}
