package org.claimcheck.extract.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.quantity;

import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Which narrated event each toll of an article belongs to. */
class EventSegmenterTest {

    private static List<NarratedEvent> events(AnnotatedDocument document) {
        return document.get(EventSegmenter.EVENTS);
    }

    private static int eventOf(AnnotatedDocument document, String number) {
        int q = quantity(document, number).index();
        return events(document).stream().filter(e -> e.quantities().contains(q)).findFirst()
                .map(NarratedEvent::index).orElse(-1);
    }

    @Test
    void meanwhileOpensAnotherEvent() {
        AnnotatedDocument document = annotate("A landslide buried a hamlet above Tarvo on Monday, killing nine people,"
                + " the governor said. Meanwhile floods in the lowlands killed three people, officials said.");

        assertThat(eventOf(document, "nine")).isNotEqualTo(eventOf(document, "three"));
        assertThat(events(document).get(eventOf(document, "nine")).kinds()).containsExactly("landslide");
        assertThat(events(document).get(eventOf(document, "three")).kinds()).containsExactly("flood");
    }

    @Test
    void aClauseThatSaysNothingOfItsEventContinuesTheOneBeingTold() {
        AnnotatedDocument document = annotate("A bus crash near Ostrel killed five people on Sunday. Police said 31"
                + " passengers had been injured. The driver survived.");

        assertThat(eventOf(document, "five")).isEqualTo(eventOf(document, "31"));
        assertThat(events(document)).hasSize(1);
    }

    @Test
    void aDefiniteMentionReturnsToTheEventItNames() {
        AnnotatedDocument document = annotate("A bus crash near Ostrel killed five people on Sunday. Separately, a"
                + " blaze at a market killed two traders. Police said 14 people had been injured in the crash.");

        assertThat(eventOf(document, "two")).isNotEqualTo(eventOf(document, "five"));
        assertThat(eventOf(document, "14")).isEqualTo(eventOf(document, "five"));
    }

    @Test
    void aWordThatOnlyOpensAnotherEventWaitsForTheClauseThatSaysWhich() {
        AnnotatedDocument document = annotate("A gas blast in a mine near Tarvo killed six miners on Monday."
                + " A day earlier, the union said, four miners were killed in a flood in another shaft.");

        assertThat(eventOf(document, "four")).isNotEqualTo(eventOf(document, "six"));
    }

    @Test
    void differentDaysAreDifferentEvents() {
        AnnotatedDocument document = annotate("On Saturday a car bomb killed eight people in Tarvo. On Sunday a car"
                + " bomb killed 12 people in Tarvo.");

        assertThat(eventOf(document, "eight")).isNotEqualTo(eventOf(document, "12"));
    }

    @Test
    void theDayOfAStatementIsNotTheDayOfTheEvent() {
        AnnotatedDocument document = annotate("The ministry said on Tuesday that 40 people had been killed in the"
                + " flood. Officials said on Wednesday that 31 people had died in the flood.");

        assertThat(eventOf(document, "40")).isEqualTo(eventOf(document, "31"));
        assertThat(events(document).get(0).day()).isEmpty();
    }

    @Test
    void twoPlacesTheGazetteerDoesNotRelateAreTwoEvents() {
        AnnotatedDocument document = annotate("Floods killed six people in Leeds. Floods killed nine people in York.");

        assertThat(eventOf(document, "six")).isNotEqualTo(eventOf(document, "nine"));
    }

    @Test
    void aTownAndTheCountryItIsInMayBeOneEvent() {
        AnnotatedDocument document = annotate("Floods killed six people in Leeds, police said. The floods have"
                + " killed at least nine people in England, the agency said.");

        assertThat(eventOf(document, "six")).isEqualTo(eventOf(document, "at least nine"));
        assertThat(events(document).get(0).country()).isEqualTo("GB");
    }

    @Test
    void aStockOrASumBelongsToNoEvent() {
        AnnotatedDocument document = annotate("The storm killed four people. The council approved a budget of"
                + " $2 million and has 300 staff.");

        assertThat(eventOf(document, "four")).isEqualTo(0);
        assertThat(eventOf(document, "$2 million")).isEqualTo(-1);
        assertThat(eventOf(document, "300")).isEqualTo(-1);
    }
}
