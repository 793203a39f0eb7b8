package org.claimcheck.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.attribution;
import static org.claimcheck.extract.Annotations.findAttribution;
import static org.claimcheck.extract.Annotations.text;

import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.SentenceSpan;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Reported speech: cue, speaker, what is reported, and the stance the cue expresses. */
class AttributionExtractorTest {

    @Test
    void speakerSaidThatGivesSpeakerAndContentAfterThat() {
        AnnotatedDocument document = annotate("The finance ministry said that the deficit had narrowed to 3 percent.");

        Attribution said = attribution(document, "said");

        assertThat(said.stance()).isEqualTo(Stance.ASSERTED);
        assertThat(text(document, said.speaker())).isEqualTo("The finance ministry");
        assertThat(text(document, said.content())).isEqualTo("the deficit had narrowed to 3 percent");
    }

    @Test
    void contentBeforeCommaAndSpeakerIsTheReportedClause() {
        AnnotatedDocument document = annotate("Bus fares will rise in January, the transport ministry said.");

        Attribution said = attribution(document, "said");

        assertThat(text(document, said.speaker())).isEqualTo("the transport ministry");
        assertThat(text(document, said.content())).isEqualTo("Bus fares will rise in January");
    }

    @Test
    void accordingToAtTheStartNamesTheSpeakerAndTheRestIsContent() {
        AnnotatedDocument document = annotate("According to the electoral commission, turnout reached 61 percent.");

        Attribution according = attribution(document, "According to");

        assertThat(according.stance()).isEqualTo(Stance.ASSERTED);
        assertThat(text(document, according.speaker())).isEqualTo("the electoral commission");
        assertThat(text(document, according.content())).isEqualTo("turnout reached 61 percent");
    }

    @Test
    void accordingToAtTheEndTakesTheClauseBeforeItAsContent() {
        AnnotatedDocument document = annotate("Cholera cases doubled in a week, according to the regional health office.");

        Attribution according = attribution(document, "according to");

        assertThat(text(document, according.speaker())).isEqualTo("the regional health office");
        assertThat(text(document, according.content())).isEqualTo("Cholera cases doubled in a week");
    }

    @Test
    void invertedSaidWithAppositionGivesSpeakerAndDetail() {
        AnnotatedDocument document = annotate(
                "The toll road will close for repairs, said Ana Ruiz, a spokeswoman for the national highways agency.");

        Attribution said = attribution(document, "said");

        assertThat(text(document, said.speaker())).isEqualTo("Ana Ruiz");
        assertThat(text(document, said.speakerDetail())).isEqualTo("a spokeswoman for the national highways agency");
        assertThat(text(document, said.content())).isEqualTo("The toll road will close for repairs");
    }

    @Test
    void appositionBetweenSpeakerAndCueIsTheDetail() {
        AnnotatedDocument document = annotate("Omar Haddad, the mayor, said the crowd numbered 5,000.");

        Attribution said = attribution(document, "said");

        assertThat(text(document, said.speaker())).isEqualTo("Omar Haddad");
        assertThat(text(document, said.speakerDetail())).isEqualTo("the mayor");
        assertThat(text(document, said.content())).isEqualTo("the crowd numbered 5,000");
    }

    @Test
    void quotationBeforeTheSpeakerIsWhatTheSpeakerSaid() {
        AnnotatedDocument document = annotate("“We will not reopen the plant before June,” Ruiz said.");

        Attribution said = attribution(document, "said");

        assertThat(text(document, said.speaker())).isEqualTo("Ruiz");
        assertThat(text(document, said.content())).isEqualTo("We will not reopen the plant before June");
    }

    @Test
    void couldNotConfirmIsCannotConfirmWithItsSpeaker() {
        AnnotatedDocument document = annotate(
                "The health ministry could not confirm that the outbreak had spread to the capital.");

        Attribution cannot = attribution(document, "could not confirm");

        assertThat(cannot.stance()).isEqualTo(Stance.CANNOT_CONFIRM);
        assertThat(text(document, cannot.speaker())).isEqualTo("The health ministry");
        assertThat(text(document, cannot.content())).isEqualTo("the outbreak had spread to the capital");
    }

    @Test
    void couldNotBeIndependentlyVerifiedIsUnverifiedWithNoSpeaker() {
        AnnotatedDocument document = annotate("The rebels' casualty figures could not be independently verified.");

        Attribution flag = attribution(document, "could not be independently verified");

        assertThat(flag.stance()).isEqualTo(Stance.UNVERIFIED);
        assertThat(flag.hasSpeaker()).isFalse();
    }

    @Test
    void didNotDenyYieldsNoDenial() {
        AnnotatedDocument document = annotate("The union did not deny that the strike would continue into May.");

        var attributions = document.get(AttributionExtractor.ATTRIBUTIONS);

        assertThat(attributions).extracting(Attribution::stance).doesNotContain(Stance.DENIED);
    }

    @Test
    void plainDenialIsDenied() {
        AnnotatedDocument document = annotate("The airport operator denied that any flights had been cancelled.");

        Attribution denied = attribution(document, "denied");

        assertThat(denied.stance()).isEqualTo(Stance.DENIED);
        assertThat(text(document, denied.content())).isEqualTo("any flights had been cancelled");
        assertThat(denied.anaphoric()).isFalse();
    }

    @Test
    void claimUsedAsANounIsNotACue() {
        AnnotatedDocument document = annotate("The claim spread quickly among voters in the northern districts.");

        var attributions = document.get(AttributionExtractor.ATTRIBUTIONS);

        assertThat(attributions).isEmpty();
    }

    @Test
    void possessiveBeforeReportMakesItANoun() {
        AnnotatedDocument document = annotate("The auditor's report ran to 300 pages.");

        var attributions = document.get(AttributionExtractor.ATTRIBUTIONS);

        assertThat(attributions).isEmpty();
    }

    @Test
    void rejectedTheClaimIsAnaphoricDenial() {
        AnnotatedDocument document = annotate("The mayor rejected the claim.");

        Attribution rejected = attribution(document, "rejected");

        assertThat(rejected.stance()).isEqualTo(Stance.DENIED);
        assertThat(text(document, rejected.speaker())).isEqualTo("The mayor");
        assertThat(rejected.anaphoric()).isTrue();
    }

    @Test
    void denialWithAClauseIsNotAnaphoric() {
        AnnotatedDocument document = annotate("The port authority denied the reports that cargo had been seized.");

        Attribution denied = attribution(document, "denied");

        assertThat(denied.anaphoric()).isFalse();
    }

    @Test
    void reportedlyHedgesWithNoSpeaker() {
        AnnotatedDocument document = annotate("The striking drivers reportedly blocked three depots.");

        Attribution reportedly = attribution(document, "reportedly");

        assertThat(reportedly.stance()).isEqualTo(Stance.HEDGED);
        assertThat(reportedly.hasSpeaker()).isFalse();
    }

    @Test
    void sentenceWithoutACueHasNoAttribution() {
        AnnotatedDocument document = annotate("Floodwater covered the ring road for two days.");

        var found = findAttribution(document, "said");

        assertThat(found).isEmpty();
        assertThat(document.get(AttributionExtractor.ATTRIBUTIONS)).isEmpty();
    }

    @Test
    void spansOfAnAttributionIndexItsSentence() {
        AnnotatedDocument document = annotate("Rents climbed. Prices will fall, the central bank said on Monday.");

        Attribution said = attribution(document, "said");
        SentenceSpan sentence = document.get(SentenceSplitter.SENTENCES).get(said.sentence());

        assertThat(said.sentence()).isEqualTo(1);
        assertThat(sentence.span().contains(said.cue())).isTrue();
        assertThat(sentence.span().contains(said.speaker())).isTrue();
        assertThat(sentence.span().contains(said.content())).isTrue();
    }

    @Test
    // Found by the stage tests of issue #4.
    void invertedSaidWithADescribedSpeakerGivesSpeakerAndContent() {
        AnnotatedDocument d = annotate("The tolls went up, said a spokesman for the transport ministry.");
        Attribution a = attribution(d, "said");
        assertThat(text(d, a.speaker())).isEqualTo("a spokesman for the transport ministry");
    }

    @Test
    // Found by the stage tests of issue #4.
    void invertedSaidWithADescribedSpeakerContentIsTheClauseBefore() {
        AnnotatedDocument d = annotate("The tolls went up, said a spokesman for the transport ministry.");
        Attribution a = attribution(d, "said");
        assertThat(text(d, a.content())).isEqualTo("The tolls went up");
    }

    @Test
    // Found by the stage tests of issue #4.
    void definiteCommonNounSubjectIsTheSpeaker() {
        AnnotatedDocument d = annotate("The airline said 300 staff would lose their jobs.");
        assertThat(text(d, attribution(d, "said").speaker())).isEqualTo("The airline");
    }

    @Test
    // Found by the stage tests of issue #4.
    void pluralCommonNounSubjectIsTheSpeaker() {
        AnnotatedDocument d = annotate("The strikers said police had injured 25 people.");
        assertThat(text(d, attribution(d, "said").speaker())).isEqualTo("The strikers");
    }

    @Test
    // Found by the stage tests of issue #4.
    void capitalizedItOpeningASentenceIsTheSpeaker() {
        AnnotatedDocument d = annotate("The company said it had cut 2,000 jobs. It later said the figure was lower.");
        assertThat(text(d, d.get(AttributionExtractor.ATTRIBUTIONS).get(1).speaker())).isEqualTo("It");
    }

    @Test
    // Found by the stage tests of issue #4.
    void contentOpeningWithItIsNotAnaphoricWhenItStatesAClaim() {
        AnnotatedDocument d = annotate("The company said it had cut 2,000 jobs.");
        assertThat(attribution(d, "said").anaphoric()).isFalse();
    }

    @Test
    // Found by the stage tests of issue #4.
    void cannotConfirmInsideAQuotationTakesTheReportsAsContent() {
        AnnotatedDocument d = annotate("“We cannot confirm these reports,” police spokesman Omar Haddad said.");
        Attribution a = attribution(d, "cannot confirm");
        assertThat(text(d, a.content())).isEqualTo("these reports");
    }

    @Test
    // Found by the stage tests of issue #4.
    void cannotConfirmInsideAQuotationIsAnaphoric() {
        AnnotatedDocument d = annotate("“We cannot confirm these reports,” police spokesman Omar Haddad said.");
        assertThat(attribution(d, "cannot confirm").anaphoric()).isTrue();
    }

    @Test
    void scareQuotesAroundTheCueDoNotCutTheContent() {
        // given
        AnnotatedDocument d = annotate("The league said it \u201ccould not confirm\u201d reports that two clubs had been fined.");

        // when
        Attribution a = attribution(d, "could not confirm");

        // then
        assertThat(a.stance()).isEqualTo(Stance.CANNOT_CONFIRM);
        assertThat(text(d, a.content())).contains("two clubs had been fined");
    }

    @Test
    void claimNounWithAThatClauseIsAClaimWhoseContentIsTheClause() {
        AnnotatedDocument document = annotate("The ministry denied reports that the bridge had collapsed.");

        Attribution reports = attribution(document, "reports");

        assertThat(reports.stance()).isEqualTo(Stance.CLAIMED);
        assertThat(reports.form()).isEqualTo(ClaimForm.NOUN);
        assertThat(text(document, reports.content())).isEqualTo("the bridge had collapsed");
    }

    @Test
    void rumoursOfSomethingClaimWhatFollowsOf() {
        AnnotatedDocument document = annotate("Residents shrugged off rumours of a merger between the two bakeries.");

        Attribution rumours = attribution(document, "rumours");

        assertThat(rumours.form()).isEqualTo(ClaimForm.NOUN);
        assertThat(text(document, rumours.content())).isEqualTo("a merger between the two bakeries");
    }

    @Test
    void allegationsByAPartyAreSpokenByThatParty() {
        AnnotatedDocument document = annotate(
                "The union rejected allegations by the mill owners that the workers had sabotaged the looms.");

        Attribution allegations = attribution(document, "allegations");

        assertThat(text(document, allegations.speaker())).isEqualTo("the mill owners");
        assertThat(text(document, allegations.content())).isEqualTo("the workers had sabotaged the looms");
    }

    @Test
    void possessorOfAClaimNounIsItsSpeaker() {
        AnnotatedDocument document = annotate(
                "The museum dismissed a rival gallery's claims that the painting was a forgery.");

        Attribution claims = attribution(document, "claims");

        assertThat(text(document, claims.speaker())).startsWith("rival gallery").doesNotContain("claims");
        assertThat(text(document, claims.content())).isEqualTo("the painting was a forgery");
    }

    @Test
    void claimNounAfterADenialTakesABareClauseAsContent() {
        AnnotatedDocument document = annotate("The club denied reports its manager is planning to resign.");

        Attribution reports = attribution(document, "reports");

        assertThat(reports.form()).isEqualTo(ClaimForm.NOUN);
        assertThat(text(document, reports.content())).isEqualTo("its manager is planning to resign");
    }

    @Test
    void falseVerdictOnAClaimNounJudgesTheNominalClaim() {
        AnnotatedDocument document = annotate("Reports that the reservoir has run dry are false.");

        Attribution verdict = attribution(document, "are false");

        assertThat(verdict.stance()).isEqualTo(Stance.DENIED);
        assertThat(text(document, verdict.content())).isEqualTo("Reports that the reservoir has run dry");
    }

    @Test
    void labellingVerdictJudgesTheLabelledObjectAndPointsBack() {
        AnnotatedDocument document = annotate("The mayor called the report a fabrication.");

        Attribution verdict = attribution(document, "called the report a fabrication");

        assertThat(text(document, verdict.content())).isEqualTo("the report");
        assertThat(verdict.anaphoric()).isTrue();
    }

    @Test
    void couldNotConfirmAnObjectThatIsNoClaimIsUnverified() {
        AnnotatedDocument document = annotate("The broadcaster could not confirm the authenticity of the video.");

        Attribution flag = attribution(document, "could not confirm");

        assertThat(flag.stance()).isEqualTo(Stance.UNVERIFIED);
        assertThat(text(document, flag.speaker())).isEqualTo("The broadcaster");
        assertThat(text(document, flag.content())).isEqualTo("the authenticity of the video");
    }

    @Test
    void notImmediatelyAbleToVerifyIsUnverifiedWithItsSpeaker() {
        AnnotatedDocument document = annotate("The agency was not immediately able to verify the report.");

        Attribution flag = attribution(document, "was not immediately able to verify");

        assertThat(flag.stance()).isEqualTo(Stance.UNVERIFIED);
        assertThat(text(document, flag.speaker())).isEqualTo("The agency");
        assertThat(text(document, flag.content())).isEqualTo("the report");
    }

    @Test
    void rumouredToHaveKeepsItsComplementInTheContent() {
        AnnotatedDocument document = annotate("The singer was rumoured to have left the band.");

        Attribution rumoured = attribution(document, "was rumoured");

        assertThat(rumoured.stance()).isEqualTo(Stance.CLAIMED);
        assertThat(rumoured.form()).isEqualTo(ClaimForm.PASSIVE);
        assertThat(rumoured.hasSpeaker()).isFalse();
        assertThat(text(document, rumoured.content())).startsWith("The singer").endsWith("to have left the band");
    }

    @Test
    void accusedOfKeepsItsComplementInTheContent() {
        AnnotatedDocument document = annotate("The coach had been accused of bullying young players.");

        Attribution accused = attribution(document, "had been accused");

        assertThat(accused.stance()).isEqualTo(Stance.CLAIMED);
        assertThat(text(document, accused.content())).startsWith("The coach").endsWith("of bullying young players");
    }

    @Test
    void claimNounBeforeAVerdictKeepsItsWholeClause() {
        AnnotatedDocument document = annotate("Reports that the reservoir has run dry are false.");

        Attribution reports = attribution(document, "Reports");

        assertThat(text(document, reports.content())).isEqualTo("the reservoir has run dry");
    }

    @Test
    void claimNounBeforeAPassiveDenialEndsBeforeTheDenial() {
        AnnotatedDocument document = annotate("Rumours that the striker had been sold were refuted by the club.");

        Attribution rumours = attribution(document, "Rumours");

        assertThat(text(document, rumours.content())).isEqualTo("the striker had been sold");
    }

    @Test
    void verdictAfterAReportingVerbJudgesOnlyItsOwnSubject() {
        AnnotatedDocument document = annotate("The harbour master said the reports were untrue.");

        Attribution verdict = attribution(document, "were untrue");

        assertThat(text(document, verdict.content())).isEqualTo("the reports");
    }

    @Test
    void allegationsByAPartyBeforeABarePluralSubjectAreAClaim() {
        AnnotatedDocument document = annotate(
                "The union rejected allegations by the owners that workers had sabotaged the looms.");

        Attribution allegations = attribution(document, "allegations");

        assertThat(text(document, allegations.content())).isEqualTo("workers had sabotaged the looms");
    }
}
