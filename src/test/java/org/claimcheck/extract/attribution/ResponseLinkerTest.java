package org.claimcheck.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.attribution;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Denials, cannot-confirms and unverified flags linked to the claim they answer. */
class ResponseLinkerTest {

    @Test
    void anaphoricRejectionAnswersTheEarlierClaimOfAnotherParty() {
        AnnotatedDocument document = annotate(
                "The rebels said they had shot down two helicopters. The defence ministry rejected the claim.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).containsExactly(new Response(attribution(document, "rejected").index(),
                attribution(document, "said").index(), 0));
    }

    @Test
    void anaphoricRejectionAnswersEveryRecentClaimOfOtherParties() {
        AnnotatedDocument document = annotate("The union said 12,000 workers had joined the strike. "
                + "The employers' federation said the factories were running normally. "
                + "The transport ministry rejected the claim.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(0, 1);
    }

    @Test
    void denialSharingContentWordsAnswersAClaimThatComesLater() {
        AnnotatedDocument document = annotate("The defence ministry denied that any helicopters had been shot down. "
                + "Earlier, rebel commander Ivo Petrov said his fighters had shot down two helicopters over the valley.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).attribution()).isEqualTo(attribution(document, "denied").index());
        assertThat(responses.get(0).target()).isEqualTo(attribution(document, "said").index());
        assertThat(responses.get(0).sharedWords()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void denialSharingContentWordsAnswersThatClaimOverANearerOne() {
        AnnotatedDocument document = annotate("Organisers said 30,000 people had attended the rally. "
                + "The city council said the square would be cleaned by noon. "
                + "Police denied that 30,000 people had attended the rally.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(0);
    }

    @Test
    void denyingBailDeniesNoClaim() {
        AnnotatedDocument document = annotate(
                "The judge denied bail to three protesters. Police said the protesters had blocked the road.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).isEmpty();
    }

    @Test
    void partyNeverAnswersItsOwnClaim() {
        AnnotatedDocument document = annotate(
                "The union said 12,000 workers joined the strike. The union later rejected the claim.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).isEmpty();
    }

    @Test
    void spokesmanNeverAnswersHisOwnMinistrysClaim() {
        AnnotatedDocument document = annotate("The transport ministry said fares would rise by 10 percent. "
                + "A spokesman for the transport ministry denied that fares would rise by 10 percent.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).isEmpty();
    }

    @Test
    void assertionsAloneProduceNoResponses() {
        AnnotatedDocument document = annotate(
                "The airport authority said 40 flights were cancelled. Pilots said the runway had flooded.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).isEmpty();
    }

    @Test
    // Found by the stage tests of issue #4.
    void armyRejectionAnswersTheRebelsClaim() {
        AnnotatedDocument d = annotate("The rebels said they had shot down two helicopters. The army rejected the claim.");
        assertThat(d.get(ResponseLinker.RESPONSES)).containsExactly(new Response(1, 0, 0));
    }

    @Test
    // Found by the stage tests of issue #4.
    void quotedCannotConfirmAnswersTheEarlierClaim() {
        AnnotatedDocument d = annotate("Organisers said 30,000 people attended the rally. “We cannot confirm these reports,” police spokesman Omar Haddad said.");
        assertThat(d.get(ResponseLinker.RESPONSES)).extracting(Response::target).containsExactly(0);
    }

    @Test
    void denialOfAClaimNounAnswersTheClaimInsideIt() {
        AnnotatedDocument document = annotate("The spokesman denied reports of a merger.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::attribution, Response::target).containsExactly(
                tuple(attribution(document, "denied").index(), attribution(document, "reports").index()));
    }

    @Test
    void denialOfAClaimNounAlsoAnswersTheClaimElsewhereThatRestatesIt() {
        AnnotatedDocument document = annotate("The orchestra denied reports that its conductor had quit. "
                + "Earlier, the newspaper Le Matin said the conductor had quit after a row with the board.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "reports").index(),
                attribution(document, "said").index());
    }

    @Test
    void claimElsewhereSharingNothingWithTheInnerClaimIsNoRestatement() {
        AnnotatedDocument document = annotate("The orchestra denied reports that its conductor had quit. "
                + "The newspaper Le Matin said ticket sales had doubled.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "reports").index());
    }

    @Test
    void pointerVerdictInALaterSentenceAnswersTheEarlierNominalClaim() {
        AnnotatedDocument document = annotate(
                "There were rumours that the brewery would close. The council said the reports were untrue.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::attribution, Response::target).containsExactly(
                tuple(attribution(document, "were untrue").index(), attribution(document, "rumours").index()));
    }

    @Test
    void quotedPointerAnswersTheNominalClaimOfItsOwnSentence() {
        AnnotatedDocument document = annotate("\u201cWe cannot confirm these reports,\u201d the coastguard said, "
                + "referring to reports that the ferry had sunk.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::attribution, Response::target).containsExactly(
                tuple(attribution(document, "cannot confirm").index(), attribution(document, "reports").index()));
    }

    @Test
    void claimThatOnlyRelaysADenialIsNeverATarget() {
        AnnotatedDocument document = annotate("Local bloggers said the brewery would close in March. "
                + "The owner denied that the brewery would close, the gazette reported. The council rejected the claim.");

        int rejected = attribution(document, "rejected").index();
        List<Integer> targets = document.get(ResponseLinker.RESPONSES).stream().filter(r -> r.attribution() == rejected)
                .map(Response::target).toList();

        assertThat(targets).containsExactly(attribution(document, "said").index())
                .doesNotContain(attribution(document, "reported").index());
    }

    @Test
    void twoDenialsOfOneClaimShareAMatter() {
        AnnotatedDocument document = annotate("The festival organisers said the headliner had cancelled. "
                + "The promoter denied that the headliner had cancelled. "
                + "The venue also denied that the headliner had cancelled.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).hasSize(2);
        assertThat(responses).extracting(Response::matter).containsOnly(responses.get(0).attribution());
    }

    @Test
    void denialsOfUnrelatedClaimsAreDifferentMatters() {
        AnnotatedDocument document = annotate("The festival organisers said the headliner had cancelled. "
                + "The promoter denied that the headliner had cancelled. Fishermen said the catch had doubled this year. "
                + "The port authority denied that the catch had doubled.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(0, 2);
        assertThat(responses).extracting(Response::matter).containsExactly(1, 3);
    }

    @Test
    void doubtAndDenialOfTheSameClaimAreDifferentMatters() {
        AnnotatedDocument document = annotate("The festival organisers said the headliner had cancelled. "
                + "The promoter denied that the headliner had cancelled. "
                + "The ticket agency could not verify that the headliner had cancelled.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(0, 0);
        assertThat(responses.get(0).matter()).isNotEqualTo(responses.get(1).matter());
    }

    @Test
    void denialAnswersAPassiveRumour() {
        AnnotatedDocument document = annotate("The actor was rumoured to have bought a vineyard. "
                + "His agent denied that the actor had bought a vineyard.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "was rumoured").index());
    }

    @Test
    void denyingItAnswersTheEarlierClaim() {
        AnnotatedDocument document = annotate("The rebels said they had captured the airfield. The ministry denied it.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "said").index());
    }

    @Test
    void passiveDenialOfAClaimNounAnswersIt() {
        AnnotatedDocument document = annotate("Rumours that the striker had been sold were refuted by the club.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "Rumours").index());
    }

    @Test
    void denialMeetsTheClaimItAnswersThroughAVerbSynonym() {
        AnnotatedDocument document = annotate("A fan website said the club had sacked its coach on Friday. "
                + "The city council announced the market would reopen in May. "
                + "The club denied that anyone had been fired.");

        List<Response> responses = document.get(ResponseLinker.RESPONSES);

        assertThat(responses).extracting(Response::target).containsExactly(attribution(document, "said").index());
    }
}
