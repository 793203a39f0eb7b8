package org.claimcheck.extract.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.speakerOf;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Annotations;
import org.claimcheck.facts.SourceKind;
import org.junit.jupiter.api.Test;

/** Speakers grouped into parties, and the family each party speaks for. */
class SourceResolverTest {

    @Test
    void surnameAfterFullNameIsTheSameSource() {
        AnnotatedDocument document = annotate(
                "Health Minister Ana Ruiz said 40 people had died. Ruiz later said the toll could rise.");

        SourceEntity first = speakerOf(document, 0);
        SourceEntity second = speakerOf(document, 1);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo(SourceKind.PERSON);
        assertThat(first.aliases()).containsExactly("Health Minister Ana Ruiz", "Ruiz");
    }

    @Test
    void definiteDescriptionIsTheOrganisationNamedBefore() {
        AnnotatedDocument document = annotate(
                "The national weather agency said the storm would weaken. The agency later warned of floods.");

        SourceEntity first = speakerOf(document, 0);
        SourceEntity second = speakerOf(document, 1);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.kind()).isEqualTo(SourceKind.ORGANIZATION);
        assertThat(first.name()).isEqualTo("The national weather agency");
    }

    @Test
    void malePronounAfterANamedManIsThatMan() {
        AnnotatedDocument document = annotate(
                "Omar Haddad, the mayor, said the crowd numbered 5,000. He said police had been polite.");

        SourceEntity first = speakerOf(document, 0);
        SourceEntity second = speakerOf(document, 1);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.aliases()).contains("He");
    }

    @Test
    void pronounInsideReportedSpeechIsTheReporter() {
        AnnotatedDocument document = annotate("Police said they could not verify the claim.");

        Attribution verify = Annotations.attribution(document, "could not verify");
        SourceEntity reporter = speakerOf(document, Annotations.attribution(document, "said").index());

        assertThat(speakerOf(document, verify.index()).id()).isEqualTo(reporter.id());
    }

    @Test
    void firstPersonInsideAQuotationIsTheQuotedSpeaker() {
        AnnotatedDocument document = annotate("“We cannot confirm these reports,” police spokesman Omar Haddad said.");

        Attribution cannot = Annotations.attribution(document, "cannot confirm");
        Attribution said = Annotations.attribution(document, "said");

        assertThat(speakerOf(document, cannot.index()).id()).isEqualTo(speakerOf(document, said.index()).id());
    }

    @Test
    void spokesmanForANamedMinistryJoinsTheMinistrysFamily() {
        AnnotatedDocument document = annotate("The transport ministry said fares would rise. "
                + "A spokesman for the transport ministry said the rise was modest.");

        SourceEntity ministry = speakerOf(document, 0);
        SourceEntity spokesman = speakerOf(document, 1);

        assertThat(spokesman.id()).isNotEqualTo(ministry.id());
        assertThat(spokesman.kind()).isEqualTo(SourceKind.PERSON);
        assertThat(spokesman.family()).isEqualTo(ministry.id());
    }

    @Test
    void capitalizedEmployerBeforeTheRoleWordJoinsThatFamily() {
        AnnotatedDocument document = annotate("The transport ministry said fares would rise. "
                + "Ministry spokesman Ana Ruiz said the rise was modest.");

        SourceEntity ministry = speakerOf(document, 0);
        SourceEntity spokesman = speakerOf(document, 1);

        assertThat(spokesman.id()).isNotEqualTo(ministry.id());
        assertThat(spokesman.family()).isEqualTo(ministry.id());
    }

    @Test
    void partyWithNoEmployerIsItsOwnFamily() {
        AnnotatedDocument document = annotate("Union leader Ivo Petrov said 12,000 workers had walked out.");

        SourceEntity leader = speakerOf(document, 0);

        assertThat(leader.family()).isEqualTo(leader.id());
    }

    @Test
    void twoDifferentlyNamedPeopleAreTwoSources() {
        AnnotatedDocument document = annotate(
                "Judge Maria Okafor said the hearing would resume. Prosecutor Lena Lindqvist said the charges stood.");

        SourceEntity judge = speakerOf(document, 0);
        SourceEntity prosecutor = speakerOf(document, 1);

        assertThat(prosecutor.id()).isNotEqualTo(judge.id());
    }

    @Test
    void sourceIdsAreNumberedFromOne() {
        AnnotatedDocument document = annotate(
                "The rebels said they had shot down two helicopters. The defence ministry rejected the claim.");

        List<SourceEntity> sources = document.get(SourceResolver.SOURCES);

        assertThat(sources).extracting(SourceEntity::id).containsExactly(1, 2);
    }

    @Test
    // Found by the stage tests of issue #4.
    void theArmyAfterTheRebelsIsAnotherSource() {
        AnnotatedDocument d = annotate("The rebels said they had shot down two helicopters. The army rejected the claim.");
        assertThat(speakerOf(d, 1).id()).isNotEqualTo(speakerOf(d, 0).id());
    }
}
