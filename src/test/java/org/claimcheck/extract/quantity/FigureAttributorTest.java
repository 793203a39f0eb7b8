package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.quantity;

import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.facts.Stance;
import org.junit.jupiter.api.Test;

/** Which attribution gives a figure, which place it is for, its stance, and whether its speaker has a stake. */
class FigureAttributorTest {

    @Test
    void figureTakesThePlaceOfItsOwnClause() {
        AnnotatedDocument document = annotate("Floods hit Leeds on Monday. The council said 30 homes in York were"
                + " flooded.");

        String place = placeOf(document, "30");

        assertThat(place).isEqualTo("york");
    }

    @Test
    void figureInAnotherSentenceThanThePlaceHasNone() {
        AnnotatedDocument document = annotate("Floods hit Leeds on Monday. The council said 30 homes were flooded.");

        FigureAttribution figure = figureOf(document, "30");

        assertThat(figure.place()).isEqualTo(-1);
    }

    @Test
    void figureInsideReportedSpeechTakesThatAttributionAndItsStance() {
        AnnotatedDocument document = annotate("The rebels claimed that 14 soldiers were captured.");

        FigureAttribution figure = figureOf(document, "14");

        assertThat(figure.attribution()).isGreaterThanOrEqualTo(0);
        assertThat(document.get(AttributionExtractor.ATTRIBUTIONS).get(figure.attribution()).stance())
                .isEqualTo(figure.stance());
    }

    @Test
    void projectionIsHedgedWhoeverGivesIt() {
        AnnotatedDocument document = annotate("Officials said up to 2,000 people could be left homeless.");

        FigureAttribution figure = figureOf(document, "up to 2,000");

        assertThat(figure.stance()).isEqualTo(Stance.HEDGED);
    }

    @Test
    void organisationCountingItsOwnMembersIsSelfReported() {
        AnnotatedDocument document = annotate("The union said its march drew 50,000 members.");

        FigureAttribution figure = figureOf(document, "50,000");

        assertThat(figure.selfReported()).isTrue();
    }

    @Test
    void agencyCountingOthersIsNotSelfReported() {
        AnnotatedDocument document = annotate("The agency said 50,000 people marched in the capital.");

        FigureAttribution figure = figureOf(document, "50,000");

        assertThat(figure.selfReported()).isFalse();
    }

    private static FigureAttribution figureOf(AnnotatedDocument document, String number) {
        return document.get(FigureAttributor.FIGURE_ATTRIBUTIONS).get(quantity(document, number).index());
    }

    private static String placeOf(AnnotatedDocument document, String number) {
        FigureAttribution figure = figureOf(document, number);
        return figure.place() < 0 ? "" : document.get(PlaceExtractor.PLACES).get(figure.place()).key();
    }
}
