package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.syntax.Syntaxes.parsed;

import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.junit.jupiter.api.Test;

class SyntaxTest {

    private static int tokenOf(AnnotatedDocument document, String text) {
        return document.get(Tokenizer.TOKENS).stream().filter(t -> t.text().equals(text)).mapToInt(Token::index)
                .findFirst().orElseThrow();
    }

    @Test
    void innermostClauseOfATokenIsTheDeepestOneHoldingIt() {
        // given a report with a complement
        AnnotatedDocument document = parsed("The pilot said that the engine had failed.");
        Syntax syntax = Syntax.of(document);

        // when
        Clause ofEngine = syntax.clauseAt(tokenOf(document, "engine")).orElseThrow();
        Clause ofPilot = syntax.clauseAt(tokenOf(document, "pilot")).orElseThrow();

        // then
        assertThat(ofEngine.kind()).isEqualTo(ClauseKind.THAT_COMPLEMENT);
        assertThat(ofPilot.kind()).isEqualTo(ClauseKind.MAIN);
        assertThat(syntax.parent(ofEngine)).contains(ofPilot);
    }

    @Test
    void chunksCoveringATokenAreFoundByIndex() {
        // given a short sentence
        AnnotatedDocument document = parsed("The old bridge was closed on Friday.");
        Syntax syntax = Syntax.of(document);

        // when
        int old = tokenOf(document, "old");
        int closed = tokenOf(document, "closed");

        // then
        assertThat(syntax.nounPhraseAt(old)).map(np -> document.text(np.span())).contains("The old bridge");
        assertThat(syntax.verbGroupAt(closed)).map(vg -> document.text(vg.span())).contains("was closed");
        assertThat(syntax.nounPhraseAt(closed)).isEmpty();
        assertThat(syntax.prepositionalPhraseAt(tokenOf(document, "Friday")))
                .map(pp -> document.text(pp.span())).contains("on Friday");
        assertThat(syntax.word(old).tag()).isEqualTo(PartOfSpeech.ADJ);
    }

    @Test
    void tokenOutsideTheDocumentFindsNothing() {
        // given a one-sentence document
        Syntax syntax = Syntax.of(parsed("It rained."));

        // when / then
        assertThat(syntax.clauseAt(-1)).isEmpty();
        assertThat(syntax.clauseAt(99)).isEmpty();
        assertThat(syntax.nounPhraseAt(99)).isEmpty();
        assertThat(syntax.prepositionalPhraseAt(99)).isEmpty();
    }
}
