package org.claimcheck.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.claimcheck.input.Span;
import org.junit.jupiter.api.Test;

class QuantityTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Quantity q(double low, double high, boolean approximate, String thing, String measure) {
        return q(low, high, approximate, thing, measure, thing, Set.of(thing), List.of());
    }

    private static Quantity q(double low, double high, boolean approximate, String thing, String measure,
            String population, Set<String> comparableThings, List<String> subsets) {
        return new Quantity("d", 1, 0, new Span(0, 1), "x", low, high, true, true, approximate, false, Unit.COUNT, "",
                NumberClass.COUNT, thing, "", subsets, population, comparableThings, subsets, measure, "", false, "", "", "", "", false, 0, false,
                false, false, Stance.ASSERTED, 0, "", 0, false, 0, 1);
    }

    @Test
    void aLabelIsNeverFirmEvenWithAThing() {
        // given: a year read next to a counted noun (#15)
        Quantity count = q(1_990, 1_990, false, "home", "");
        Quantity year = new Quantity("d", 2, 0, new Span(0, 1), "1990", 1_990, 1_990, true, true, false, false,
                Unit.COUNT, "", NumberClass.DATE, "home", "", List.of(), "home", Set.of("home"), List.of(), "", "",
                false, "", "", "", "", false, 0, false, false, false, Stance.ASSERTED, 0, "", 0, false, 0, 1);

        // when / then
        assertThat(count.firm()).isTrue();
        assertThat(year.firm()).isFalse();
        assertThat(year.amount()).isFalse();
    }

    @Test
    void atLeastTenThousandConflictsWithEightThousand() {
        // given
        Quantity atLeast = q(10_000, INF, false, "soldier", "");
        Quantity exact = q(8_000, 8_000, false, "soldier", "");

        // when / then
        assertThat(atLeast.conflictsWith(exact)).isTrue();
    }

    @Test
    void atLeastTenThousandFitsARangeAboveIt() {
        // given
        Quantity atLeast = q(10_000, INF, false, "soldier", "");
        Quantity range = q(11_000, 12_000, true, "soldier", "");

        // when / then
        assertThat(atLeast.conflictsWith(range)).isFalse();
    }

    @Test
    void approximateFiguresWithinFivePercentDoNotConflict() {
        // given
        Quantity around = q(1_000, 1_000, true, "people", "attended");
        Quantity some = q(1_080, 1_080, true, "people", "attended");

        // when / then
        assertThat(around.conflictsWith(some)).isFalse();
    }

    @Test
    void approximateRangeAndApproximateFigureTenPercentApartConflict() {
        // given
        Quantity range = q(11_000, 12_000, true, "soldier", "");
        Quantity around = q(10_000, 10_000, true, "soldier", "");

        // when / then
        assertThat(range.conflictsWith(around)).isTrue();
    }

    private static Quantity scoped(String day, String scope) {
        return new Quantity("d", 1, 0, new Span(0, 1), "x", 5, 5, true, true, false, false, Unit.COUNT, "", NumberClass.COUNT, "people", "",
                List.of(), "people", Set.of("people"), List.of(), "killed", "", false, "", day, scope, "", false, 0, false,
                false, false, Stance.ASSERTED, 0, "", 0, false, 0, 1);
    }

    @Test
    void aRunningTotalIsNeverAnUndatedEventToll() {
        // given: "the war has killed…" against "four people were killed in the attack"
        Quantity war = scoped("", "since the war");
        Quantity attack = scoped("", "");

        // when / then
        assertThat(war.cumulative()).isTrue();
        assertThat(war.comparableWith(attack)).isFalse();
        assertThat(attack.comparableWith(war)).isFalse();
    }

    @Test
    void aStretchMayBeWhatAnUndatedFigureCoversButNotADatedOne() {
        // given: "this week's floods" against the article's undated toll, and against Sunday's
        Quantity week = scoped("", "this week");
        Quantity undated = scoped("", "");
        Quantity sunday = scoped("sunday", "");

        // when / then
        assertThat(week.cumulative()).isFalse();
        assertThat(week.comparableWith(undated)).isTrue();
        assertThat(week.comparableWith(sunday)).isFalse();
    }

    @Test
    void twoRunningTotalsFromTheSameStartAreComparable() {
        assertThat(scoped("", "since 2011").comparableWith(scoped("", "since the war"))).isTrue();
        assertThat(scoped("", "since 2011").comparableWith(scoped("", "since 2014"))).isFalse();
    }

    @Test
    void killedAndInjuredAreNotComparable() {
        // given
        Quantity killed = q(12, 12, false, "people", "killed");
        Quantity injured = q(340, 340, false, "people", "injured");

        // when / then
        assertThat(killed.comparableWith(injured)).isFalse();
    }

    @Test
    void aFigureIsComparableWithTheThingsItListsInItsPopulation() {
        // given
        Quantity people = q(120, 120, false, "people", "displaced", "people", Set.of("people", "displaced-person"), List.of());
        Quantity refugees = q(75, 75, false, "displaced-person", "displaced", "people",
                Set.of("displaced-person", "people"), List.of());
        Quantity children = q(75, 75, false, "child", "displaced", "child", Set.of("child"), List.of());

        // when / then
        assertThat(people.comparableWith(refugees)).isTrue();
        assertThat(people.comparableWith(children)).isFalse();
    }

    @Test
    void figuresForDifferentSubsetsAreNotComparable() {
        // given
        Quantity civilians = q(40, 40, false, "people", "killed", "people", Set.of("people"), List.of("civilian"));
        Quantity soldiers = q(12, 12, false, "people", "killed", "people", Set.of("people"), List.of("military"));
        Quantity unqualified = q(52, 52, false, "people", "killed", "people", Set.of("people"), List.of());

        // when / then
        assertThat(civilians.comparableWith(soldiers)).isFalse();
        assertThat(civilians.comparableWith(unqualified)).isTrue();
    }

    private static Quantity at(String place, boolean national) {
        return new Quantity("d", 1, 0, new Span(0, 1), "x", 5, 5, true, true, false, false, Unit.COUNT, "", NumberClass.COUNT, "people", "",
                List.of(), "people", Set.of("people"), List.of(), "killed", place, national, "", "", "", "", false, 0, false, false,
                false, Stance.ASSERTED, 0, "", 0, false, 0, 1);
    }

    @Test
    void aFigureWithoutAPlaceMayBeForAnyNamedPlace() {
        // given
        Quantity leeds = at("leeds", false);
        Quantity unplaced = at("", false);

        // when / then
        assertThat(unplaced.samePlaceAs(leeds)).isTrue();
        assertThat(leeds.samePlaceAs(unplaced)).isTrue();
    }

    @Test
    void figuresForTwoNamedPlacesMustNameTheSamePlace() {
        // given
        Quantity leeds = at("leeds", false);
        Quantity york = at("york", false);

        // when / then
        assertThat(leeds.samePlaceAs(york)).isFalse();
    }

    @Test
    void aNationwideFigureNamesNoPlaceAndSoMatchesAnyFigure() {
        // given
        Quantity nationwide = at("", true);

        // when / then
        assertThat(nationwide.samePlaceAs(at("", false))).isTrue();
        assertThat(nationwide.samePlaceAs(at("leeds", false))).isTrue();
    }

    @Test
    void aPopulationWithoutAThingIsRejectedNamingBoth() {
        assertThatThrownBy(() -> q(1, 1, false, "", "", "people", Set.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("population 'people'")
                .hasMessageContaining("thing ''");
    }
}
