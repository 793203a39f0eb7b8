package org.claimcheck.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reporting cues: which words are one, the stance they express and how they are built. */
class ReportingCueFinderTest {

    @Test
    void falseAfterACopulaIsADenialVerdictRunningFromTheCopula() {
        AnnotatedDocument document = annotate("The rumours were false.");

        ReportingCue verdict = cue(document, "were false");

        assertThat(verdict.stance()).isEqualTo(Stance.DENIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @Test
    void negatedTrueIsADenialVerdict() {
        AnnotatedDocument document = annotate("The claim that the lighthouse is haunted is not true.");

        ReportingCue verdict = cue(document, "is not true");

        assertThat(verdict.stance()).isEqualTo(Stance.DENIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The statement that the vaccine was recalled is not false.",
            "The statement that the vaccine was recalled is true."})
    void verdictThatUpholdsTheClaimIsNoDenial(String sentence) {
        AnnotatedDocument document = annotate(sentence);

        assertThat(stances(document)).doesNotContain(Stance.DENIED);
    }

    @Test
    void callingTheReportAFabricationIsADenialFromTheLabellingVerb() {
        AnnotatedDocument document = annotate("The mayor called the report a fabrication.");

        ReportingCue verdict = cue(document, "called the report a fabrication");

        assertThat(verdict.stance()).isEqualTo(Stance.DENIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @Test
    void noTruthToTheStoryIsADenialVerdict() {
        AnnotatedDocument document = annotate("There is no truth to the story that the zoo sold its elephants.");

        ReportingCue verdict = cue(document, "is no truth");

        assertThat(verdict.stance()).isEqualTo(Stance.DENIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @Test
    void remainingUnconfirmedIsAnUnverifiedVerdict() {
        AnnotatedDocument document = annotate("The rumours remain unconfirmed.");

        ReportingCue verdict = cue(document, "remain unconfirmed");

        assertThat(verdict.stance()).isEqualTo(Stance.UNVERIFIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @Test
    void unconfirmedBeforeAClaimNounIsAnUnverifiedVerdictOnItsOwn() {
        AnnotatedDocument document = annotate("Police are checking unconfirmed reports of a second landslide.");

        ReportingCue verdict = cue(document, "unconfirmed");

        assertThat(verdict.stance()).isEqualTo(Stance.UNVERIFIED);
        assertThat(verdict.form()).isEqualTo(ClaimForm.PREDICATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The activist was denied bail on Tuesday.", "Two journalists were denied entry to the stadium.",
            "The provider will deny service to customers who fail to pay.",
            "Their requests were denied by the planning board."})
    void refusalIsNoDenial(String sentence) {
        AnnotatedDocument document = annotate(sentence);

        assertThat(stances(document)).doesNotContain(Stance.DENIED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The retailer denied that it had taken payments from the supplier.",
            "The retailer denied taking payments from the supplier.", "The retailer denied the allegations.",
            "The retailer denied it."})
    void denialOfAPropositionIsADeniedVerbCue(String sentence) {
        AnnotatedDocument document = annotate(sentence);

        ReportingCue denied = cue(document, "denied");

        assertThat(denied.stance()).isEqualTo(Stance.DENIED);
        assertThat(denied.form()).isEqualTo(ClaimForm.VERB);
    }

    @Test
    void didNotDenyIsNoCueAtAll() {
        AnnotatedDocument document = annotate("The farmers did not deny that the harvest had failed.");

        assertThat(document.get(ReportingCueFinder.CUES)).isEmpty();
    }

    @Test
    void passiveDenialOfAClaimNounIsADenial() {
        AnnotatedDocument document = annotate("Rumours that the striker had been sold were refuted by the club.");

        ReportingCue refuted = cue(document, "were refuted");

        assertThat(refuted.stance()).isEqualTo(Stance.DENIED);
        assertThat(refuted.form()).isEqualTo(ClaimForm.PASSIVE);
    }

    private static ReportingCue cue(AnnotatedDocument document, String text) {
        List<ReportingCue> matching = document.get(ReportingCueFinder.CUES).stream()
                .filter(c -> document.text(c.span()).equalsIgnoreCase(text)).toList();
        assertThat(matching).as("cues reading '%s' among %s", text, describe(document)).hasSize(1);
        return matching.get(0);
    }

    private static List<Stance> stances(AnnotatedDocument document) {
        return document.get(ReportingCueFinder.CUES).stream().map(ReportingCue::stance).toList();
    }

    private static List<String> describe(AnnotatedDocument document) {
        return document.get(ReportingCueFinder.CUES).stream()
                .map(c -> document.text(c.span()) + " " + c.stance() + " " + c.form()).toList();
    }
}
