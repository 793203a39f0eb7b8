package org.claimcheck.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.sentences;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Annotations;
import org.claimcheck.input.Span;
import org.junit.jupiter.api.Test;

/** Sentence boundaries: abbreviations keep a sentence whole, paragraph breaks always end one. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void rankBeforeANameDoesNotEndTheSentence() {
        String text = "Col. Ana Ruiz said the bridge toll would double. Drivers protested.";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly("Col. Ana Ruiz said the bridge toll would double.", "Drivers protested.");
    }

    @Test
    void twoRanksInARowDoNotEndTheSentence() {
        String text = "Rents rose again. Maj. Gen. Ivo Petrov said troops had left the port.";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly("Rents rose again.", "Maj. Gen. Ivo Petrov said troops had left the port.");
    }

    @Test
    void doctorsTitleDoesNotEndTheSentence() {
        String text = "Dr. Omar Haddad treated 14 strikers at the clinic.";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly(text);
    }

    @Test
    void abbreviatedMonthBeforeADayDoesNotEndTheSentence() {
        String text = "The court will rule on Sept. 4 whether the strike was lawful. Lawyers expect a delay.";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly("The court will rule on Sept. 4 whether the strike was lawful.",
                "Lawyers expect a delay.");
    }

    @Test
    void paragraphBreakEndsASentenceWithoutAFullStop() {
        String text = "Council approves the harbour budget\n\nThe vote was close.";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly("Council approves the harbour budget", "The vote was close.");
    }

    @Test
    void sentencesAreTrimmedOfSurroundingWhiteSpace() {
        String text = "  The court adjourned.   The judge left.  ";

        List<String> sentences = texts(text);

        assertThat(sentences).containsExactly("The court adjourned.", "The judge left.");
    }

    @Test
    void spansIndexTheTextAndAreNumberedInOrder() {
        String text = "Turnout fell. \n Voters stayed home.";

        List<SentenceSpan> sentences = splitter.split(text);

        assertThat(sentences).extracting(SentenceSpan::index).containsExactly(0, 1);
        assertThat(sentences).extracting(SentenceSpan::span).containsExactly(new Span(0, 13), new Span(16, 35));
    }

    @Test
    void blankTextHasNoSentences() {
        String text = " \n\n \t ";

        List<SentenceSpan> sentences = splitter.split(text);

        assertThat(sentences).isEmpty();
    }

    @Test
    void stageProvidesTheSentenceLayerFromTheDocumentText() {
        String text = "The toll stood at 12. Rescuers kept digging.";

        List<String> sentences = Annotations.sentences(Annotations.annotate(text));

        assertThat(sentences).containsExactly("The toll stood at 12.", "Rescuers kept digging.");
    }

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    @Test
    // Found by the stage tests of issue #4.
    void lieutenantColonelBeforeANameDoesNotEndTheSentence() {
        AnnotatedDocument d = annotate("Lt. Col. Ana Ruiz said the bridge toll would double. Drivers protested.");
        assertThat(sentences(d)).containsExactly("Lt. Col. Ana Ruiz said the bridge toll would double.", "Drivers protested.");
    }
}
