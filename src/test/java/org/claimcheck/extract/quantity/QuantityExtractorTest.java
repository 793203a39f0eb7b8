package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.quantity;

import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Annotations;
import org.claimcheck.extract.attribution.Attribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a figure counts, how, and the markers that decide what it may be compared with. */
class QuantityExtractorTest {

    @Test
    void subjectCountWithPassiveVerbGivesThingAndMeasure() {
        AnnotatedDocument document = annotate("At least 40 people were killed in the landslide, officials said.");

        QuantityMention q = quantity(document, "At least 40");

        assertThat(q.thing()).isEqualTo("people");
        assertThat(q.measure()).isEqualTo("killed");
        assertThat(q.number().low()).isEqualTo(40.0);
        assertThat(q.number().high()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void objectOfAnActiveVerbTakesTheVerbAsMeasure() {
        AnnotatedDocument document = annotate("The militia killed 38 people in the raid.");

        QuantityMention q = quantity(document, "38");

        assertThat(q.thing()).isEqualTo("people");
        assertThat(q.measure()).isEqualTo("killed");
    }

    @Test
    void deathsAsTheCountedNounAreKilledWithTheirModifierAsThing() {
        AnnotatedDocument document = annotate("The monitoring group recorded 7,000 civilian deaths.");

        QuantityMention q = quantity(document, "7,000");

        assertThat(q.thing()).isEqualTo("civilian");
        assertThat(q.measure()).isEqualTo("killed");
    }

    @Test
    void turnoutPutAtAFigureCountsParticipantsWhoAttended() {
        AnnotatedDocument document = annotate("Police put the turnout at 9,500.");

        QuantityMention q = quantity(document, "9,500");

        assertThat(q.thing()).isEqualTo("participant");
        assertThat(q.measure()).isEqualTo("attended");
    }

    @Test
    void protestersMarchingAreParticipants() {
        AnnotatedDocument document = annotate("About 15,000 protesters marched through the capital.");

        QuantityMention q = quantity(document, "About 15,000");

        assertThat(q.thing()).isEqualTo("participant");
        assertThat(q.number().approximate()).isTrue();
    }

    @Test
    void partitiveShareLinksToItsTotalAndInheritsTheThing() {
        AnnotatedDocument document = annotate("The strike involved 900 workers, 300 of whom were nurses.");

        QuantityMention total = quantity(document, "900");
        QuantityMention share = quantity(document, "300 of whom");

        assertThat(share.partOf()).isEqualTo(total.index());
        assertThat(share.thing()).isEqualTo("worker");
        assertThat(total.partOf()).isEqualTo(-1);
    }

    @Test
    void aloneMarksTheFigureAsAPart() {
        AnnotatedDocument document = annotate("The Porto factory alone shed 1,200 jobs.");

        QuantityMention q = quantity(document, "1,200");

        assertThat(q.part()).isTrue();
    }

    @Test
    void firstPhaseMarksTheFigureAsAPart() {
        AnnotatedDocument document = annotate("In the first phase of the evacuation, 2,400 residents left the island.");

        QuantityMention q = quantity(document, "2,400");

        assertThat(q.part()).isTrue();
    }

    @Test
    void plainFigureIsNotAPartNorAnUpdate() {
        AnnotatedDocument document = annotate("The hospital has 500 beds.");

        QuantityMention q = quantity(document, "500");

        assertThat(q.part()).isFalse();
        assertThat(q.update()).isFalse();
        assertThat(q.projected()).isFalse();
        assertThat(q.conditional()).isFalse();
    }

    @Test
    void upFromMarksTheSupersededFigureAndRoseToKeepsTheCurrentOne() {
        AnnotatedDocument document = annotate("The death toll rose to 72, up from 55.");

        QuantityMention now = quantity(document, "72");
        QuantityMention before = quantity(document, "55");

        assertThat(now.update()).isFalse();
        assertThat(before.update()).isTrue();
        assertThat(now.measure()).isEqualTo("killed");
    }

    @Test
    void couldBeLeftHomelessIsProjected() {
        AnnotatedDocument document = annotate("Up to 5,000 families could be left homeless.");

        QuantityMention q = quantity(document, "Up to 5,000");

        assertThat(q.projected()).isTrue();
        assertThat(q.thing()).isEqualTo("family");
    }

    @Test
    void figureUnderAnIfClauseIsConditional() {
        AnnotatedDocument document = annotate("If the dam breaks, 20,000 residents would have to leave.");

        QuantityMention q = quantity(document, "20,000");

        assertThat(q.conditional()).isTrue();
    }

    @Test
    void yearInTheClauseSetsTheTime() {
        AnnotatedDocument document = annotate("In 2019 the clinic treated 310 patients.");

        QuantityMention q = quantity(document, "310");

        assertThat(q.time()).isEqualTo("2019");
        assertThat(q.thing()).isEqualTo("patient");
    }

    @Test
    void figureWithNoYearHasNoTime() {
        AnnotatedDocument document = annotate("The clinic treated 310 patients.");

        QuantityMention q = quantity(document, "310");

        assertThat(q.time()).isEmpty();
    }

    @Test
    void newCasesSetPeriodNew() {
        AnnotatedDocument document = annotate("The health ministry reported 220 new cases of measles.");

        QuantityMention q = quantity(document, "220");

        assertThat(q.period()).isEqualTo("new");
        assertThat(q.thing()).isEqualTo("case");
        assertThat(q.modifiers()).contains("new");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "A second blast an hour later killed another 12 people.",
        "Rescuers said a further 12 people had died overnight."})
    void anotherOrAFurtherNumberIsAnIncrement(String sentence) {
        AnnotatedDocument document = annotate(sentence);

        QuantityMention q = quantity(document, "12");

        assertThat(q.period()).isEqualTo("new");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The blast killed 12 people, according to preliminary reports from the port.",
        "Initial reports said 12 people had died in the fire.",
        "The agency raised its earlier toll of 12 after divers reached the hull."})
    void aPreliminaryFigureIsSuperseded(String sentence) {
        AnnotatedDocument document = annotate(sentence);

        QuantityMention q = quantity(document, "12");

        assertThat(q.update()).isTrue();
    }

    @Test
    void aFigureWithoutPreliminaryWordsIsNoUpdate() {
        AnnotatedDocument document = annotate("A second blast killed 12 people on Monday.");

        QuantityMention q = quantity(document, "12");

        assertThat(q.update()).isFalse();
    }

    @Test
    void perDayFigureIsARate() {
        AnnotatedDocument document = annotate("The bridge carries 18,000 vehicles a day.");

        QuantityMention q = quantity(document, "18,000");

        assertThat(q.period()).isEqualTo("rate");
    }

    @Test
    void rangeKeepsBothBoundsAndTheCutMeasure() {
        AnnotatedDocument document = annotate("Between 200 and 300 workers were laid off.");

        QuantityMention q = quantity(document, "Between 200 and 300");

        assertThat(q.number().low()).isEqualTo(200.0);
        assertThat(q.number().high()).isEqualTo(300.0);
        assertThat(q.thing()).isEqualTo("worker");
        assertThat(q.measure()).isEqualTo("cut");
    }

    @Test
    void clauseOfAReportedFigureIsTheReportedContent() {
        AnnotatedDocument document = annotate("The ministry said 40 people had died, and rescuers kept digging.");

        QuantityMention q = quantity(document, "40");
        Attribution said = Annotations.attribution(document, "said");

        assertThat(said.content().contains(q.clause())).isTrue();
        assertThat(q.clause().contains(q.number().span())).isTrue();
    }

    @Test
    // Found by the stage tests of issue #4.
    void budgetCutIsNotAJobCut() {
        AnnotatedDocument d = annotate("The budget was cut by $3 billion.");
        assertThat(quantity(d, "$3 billion").measure()).isNotEqualTo("job-cuts");
    }
}
