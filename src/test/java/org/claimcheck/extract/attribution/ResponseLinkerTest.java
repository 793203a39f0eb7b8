package org.claimcheck.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.attribution;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
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
}
