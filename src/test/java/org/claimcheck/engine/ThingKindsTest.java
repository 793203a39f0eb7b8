package org.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.claimcheck.facts.Document;
import org.claimcheck.facts.Event;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Stance;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;
import org.junit.jupiter.api.Test;

class ThingKindsTest {

    private static DocumentFacts documentCounting(String id, String thing) {
        ThingKinds.Kind kind = ThingKinds.of(List.of(thing)).of(thing);
        Quantity q = new Quantity(id, 1, 0, new Span(0, 3), "300", 300, 300, true, true, false, false, Unit.COUNT, "", NumberClass.COUNT,
                thing, thing, List.of(), kind.population(), kind.comparableThings(), List.of(), "damaged", "", false, "",
                "", "", "", false, 0, false, false, false, Stance.ASSERTED, 0, "", 0, false, 0, 1);
        return new DocumentFacts(id, new Document(id, "", "", "", 0), List.of(), List.of(q), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(new Event(id, 1, 0, List.of(), "", List.of(), "")));
    }

    @Test
    void genericPeopleCountsTheSameAsARoleClassButNotAsASubset() {
        // given
        ThingKinds kinds = ThingKinds.of(List.of("people", "displaced-person", "child"));

        // when
        ThingKinds.Kind people = kinds.of("people");
        ThingKinds.Kind refugees = kinds.of("displaced-person");
        ThingKinds.Kind children = kinds.of("child");

        // then
        assertThat(people.population()).isEqualTo(refugees.population()).isEqualTo("people");
        assertThat(people.comparableThings()).contains("displaced-person").doesNotContain("child");
        assertThat(refugees.comparableThings()).containsExactlyInAnyOrder("displaced-person", "people");
        assertThat(children.population()).isEqualTo("child");
    }

    @Test
    void twoRoleClassesShareThePopulationButDoNotCountTheSame() {
        // given
        ThingKinds kinds = ThingKinds.of(List.of("resident", "worker"));

        // when
        ThingKinds.Kind residents = kinds.of("resident");

        // then
        assertThat(residents.population()).isEqualTo(kinds.of("worker").population());
        assertThat(residents.comparableThings()).doesNotContain("worker");
    }

    @Test
    void nounsOutsideTheWordListAreRelatedThroughWordNetWithoutChaining() {
        // given
        ThingKinds kinds = ThingKinds.of(List.of("vehicle", "car", "truck", "tank"));

        // when
        ThingKinds.Kind vehicles = kinds.of("vehicle");
        ThingKinds.Kind cars = kinds.of("car");
        ThingKinds.Kind trucks = kinds.of("truck");

        // then
        assertThat(vehicles.comparableThings()).contains("car", "truck");
        assertThat(cars.comparableThings()).contains("vehicle").doesNotContain("truck", "tank");
        assertThat(cars.population()).isEqualTo(vehicles.population()).isEqualTo(trucks.population()).isEqualTo("car");
        assertThat(kinds.of("tank").comparableThings()).doesNotContain("car");
    }

    @Test
    void anUnknownThingIsComparableWithNothing() {
        // given
        ThingKinds kinds = ThingKinds.of(List.of("", "home"));

        // when
        ThingKinds.Kind unknown = kinds.of("");

        // then
        assertThat(unknown.population()).isEmpty();
        assertThat(unknown.comparableThings()).isEmpty();
    }

    @Test
    void neutralModifiersDoNotSingleOutASubset() {
        // given
        List<String> modifiers = List.of("new", "civilian", "confirmed");

        // when
        List<String> subsets = ThingKinds.subsets(modifiers);

        // then
        assertThat(subsets).containsExactly("civilian");
    }

    @Test
    void nounsOfOneKindInDocumentsCheckedTogetherBecomeComparable() {
        // given
        DocumentFacts cars = documentCounting("a", "car");
        DocumentFacts vehicles = documentCounting("b", "vehicle");

        // when
        List<DocumentFacts> related = ThingKinds.across(List.of(cars, vehicles));

        // then
        Quantity car = related.get(0).quantities().get(0);
        Quantity vehicle = related.get(1).quantities().get(0);
        assertThat(cars.quantities().get(0).comparableWith(vehicles.quantities().get(0))).isFalse();
        assertThat(car.comparableWith(vehicle)).isTrue();
        assertThat(car.population()).isEqualTo(vehicle.population());
        assertThat(car.comparableThings()).isEqualTo(Set.of("car", "vehicle"));
    }
}
