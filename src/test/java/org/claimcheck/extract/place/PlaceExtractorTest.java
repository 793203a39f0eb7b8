package org.claimcheck.extract.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.Annotations.annotate;
import static org.claimcheck.extract.Annotations.place;
import static org.claimcheck.extract.Annotations.places;

import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** Place names, their gazetteer codes, and containment the text itself states. */
class PlaceExtractorTest {

    @Test
    void capitalizedNameAfterInIsAPlace() {
        AnnotatedDocument document = annotate("Thousands marched in Leeds on Saturday.");

        PlaceMention leeds = place(document, "Leeds");

        assertThat(leeds.key()).isEqualTo("leeds");
        assertThat(leeds.national()).isFalse();
    }

    @Test
    void nameWithProvinceTypeWordGetsItsGazetteerCode() {
        AnnotatedDocument document = annotate("Floods hit Bihar state after the monsoon.");

        PlaceMention bihar = place(document, "Bihar state");

        assertThat(bihar.key()).isEqualTo("bihar");
        assertThat(bihar.code()).isEqualToIgnoringCase("inbr");
    }

    @Test
    void nameWithStateTypeWordGetsItsGazetteerCode() {
        AnnotatedDocument document = annotate("Teachers struck across Bavaria state.");

        PlaceMention bavaria = place(document, "Bavaria state");

        assertThat(bavaria.code()).isEqualToIgnoringCase("deby");
    }

    @Test
    void countryNameIsAPlaceEvenWithoutAPreposition() {
        AnnotatedDocument document = annotate("Norway held elections on Tuesday.");

        PlaceMention norway = place(document, "Norway");

        assertThat(norway.code()).isEqualTo("NO");
    }

    @Test
    void theCityOfXIsThePlaceX() {
        AnnotatedDocument document = annotate("The dockers' strike spread to the city of Porto.");

        PlaceMention porto = place(document, "the city of Porto");

        assertThat(porto.key()).isEqualTo("porto");
    }

    @Test
    void theXRegionOfYIsContainedInY() {
        AnnotatedDocument document = annotate("Flooding spread to the Arequipa region of Peru.");

        PlaceMention region = place(document, "the Arequipa region");

        assertThat(region.key()).isEqualTo("arequipa");
        assertThat(region.containerKey()).isEqualTo("peru");
    }

    @Test
    void aTownInYIsContainedInY() {
        AnnotatedDocument document = annotate("Cholera spread in Rivas, a town in Nicaragua.");

        PlaceMention rivas = place(document, "Rivas");

        assertThat(rivas.containerKey()).isEqualTo("nicaragua");
    }

    @Test
    void nationwideStandsForTheWholeCountry() {
        AnnotatedDocument document = annotate("Petrol prices rose nationwide.");

        PlaceMention nationwide = place(document, "nationwide");

        assertThat(nationwide.national()).isTrue();
        assertThat(nationwide.code()).isEmpty();
    }

    @Test
    void acrossTheCountryStandsForTheWholeCountry() {
        AnnotatedDocument document = annotate("Protests spread across the country.");

        PlaceMention country = place(document, "across the country");

        assertThat(country.national()).isTrue();
    }

    @Test
    void demonymBeforeANounIsNotAPlace() {
        AnnotatedDocument document = annotate("Brazilian troops arrived at dawn.");

        var found = places(document);

        assertThat(found).isEmpty();
    }

    @Test
    void capitalizedWordOpeningASentenceIsNotAPlace() {
        AnnotatedDocument document = annotate("Organisers counted the ballots twice.");

        var found = places(document);

        assertThat(found).isEmpty();
    }

    @Test
    void placeSpansLieInsideTheirSentence() {
        AnnotatedDocument document = annotate("Rents rose. Floods hit Bihar state and the city of Porto.");

        var sentences = document.get(SentenceSplitter.SENTENCES);

        assertThat(document.get(PlaceExtractor.PLACES)).allSatisfy(
                p -> assertThat(sentences.get(p.sentence()).span().contains(p.span())).isTrue());
    }

    @Test
    // Found by the stage tests of issue #4.
    void monthAfterInIsNotAPlace() {
        AnnotatedDocument d = annotate("The vote was held in March.");
        assertThat(places(d)).isEmpty();
    }

    @Test
    // Found by the stage tests of issue #4.
    void containerOfARegionIsMentionedOnce() {
        AnnotatedDocument d = annotate("Flooding spread to the Arequipa region of Peru.");
        assertThat(places(d)).containsExactly("the Arequipa region", "Peru");
    }

    @Test
    void aDirectionWithOfPutsWhatIsToldAtThePlace() {
        AnnotatedDocument document = annotate("Shells fell on villages east of Leeds Saturday.");

        PlaceMention leeds = place(document, "Leeds");

        assertThat(leeds.located()).isTrue();
    }

    @Test
    void aBareCountryNameIsAPlaceWhereNothingIsToldToHappen() {
        AnnotatedDocument document = annotate("Peru said the talks would resume. Floods hit villages in Bolivia.");

        assertThat(place(document, "Peru").located()).isFalse();
        assertThat(place(document, "Bolivia").located()).isTrue();
    }

    @Test
    void aRegionOfACountryTheArticleNeverNamesIsTheNamesakeInANamedOne() {
        AnnotatedDocument india = annotate("Floods hit India on Monday. Hundreds fled their homes in Punjab.");
        AnnotatedDocument pakistan = annotate("Floods hit Pakistan on Monday. Hundreds fled their homes in Punjab.");

        assertThat(place(india, "Punjab").code()).isEqualToIgnoringCase("inpb");
        assertThat(place(pakistan, "Punjab").code()).isEqualToIgnoringCase("pkpb");
    }

    @Test
    void aRegionOnlyAnUnnamedCountryHasIsNotTakenFromTheGazetteer() {
        AnnotatedDocument document = annotate("Storms hit Canada overnight. Streets flooded in the Kerala district.");

        assertThat(place(document, "the Kerala district").code()).isEmpty();
    }
}
