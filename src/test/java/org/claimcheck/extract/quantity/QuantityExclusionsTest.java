package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.extract.quantity.GrammarReadings.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers that are not quantities: no part of them may be reported. */
class QuantityExclusionsTest {

    @Test
    void yearAfterInIsNotACount() {
        String text = "In 2019 the clinic treated 310 patients.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("310");
    }

    @Test
    void yearAsAdjectiveIsNotACount() {
        String text = "The 2021 drought cut harvests.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void yearRangeIsNotACount() {
        String text = "Exports fell during 2019-2021.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void qualifierMakesAYearLikeNumberACount() {
        String text = "About 1900 pilgrims reached the shrine.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("About 1900");
    }

    @Test
    void monthThenDayIsADate() {
        String text = "The ballots were counted on April 9.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void dayThenMonthIsADate() {
        String text = "Nominations close on 14 February.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void abbreviatedMonthWithDayRangeIsADate() {
        String text = "Talks are set for Nov. 3-4 in the capital.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void clockTimeWithColonIsNotACount() {
        String text = "The polls closed at 19:30 with 812 voters still queuing.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("812");
    }

    @Test
    void hourBeforeAmIsNotACount() {
        String text = "The blast happened at 6 a.m. near the depot.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void hyphenatedAgeIsNotACount() {
        String text = "A 9-year-old girl was pulled from the river.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void agedBeforeTheNumberIsAnAge() {
        String text = "The victim, aged 58, was a teacher.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void suspendedHyphenAgeRangeIsNotACount() {
        String text = "The scheme targets 16- to 18-year-olds.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void yearsOldIsAnAge() {
        String text = "The driver was 19 years old.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void hyphenatedPhoneNumberIsNotACount() {
        String text = "Relatives may ring 0300-2-7788 for news.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void threeGroupPhoneNumberIsNotARange() {
        String text = "The hotline is 212-555-0147.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void internationalPhoneNumberIsNotACount() {
        String text = "Call +33 1 4567 8910 for the embassy.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void houseNumberBeforeStreetIsNotACount() {
        String text = "Fire gutted 42 Harbour Road overnight.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void numberAfterCapitalisedNameIsAnAddress() {
        String text = "The shop at Calle Mayor 27 was looted.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void flightNumberIsNotACount() {
        String text = "Flight 2290 landed with 164 passengers.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("164");
    }

    @Test
    void compoundAdjectiveWithHyphenIsNotACount() {
        String text = "A 48-hour curfew and a 12,000-strong force were announced.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void numberWordCompoundAdjectiveIsNotACount() {
        String text = "The seven-storey hotel had 90 rooms.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("90");
    }

    @Test
    void lettersGluedToDigitsMakeAName() {
        String text = "The G20 summit and the Covid-19 inquiry and an A320 jet.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void modelNumberAfterCapitalisedMakerIsNotACount() {
        String text = "The airline grounded its Airbus 350 fleet.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void ordinalSuffixIsNotACount() {
        String text = "It was the 3rd protest of the 20th week.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void fractionWordsAreAShareNotACount() {
        String text = "Two thirds of the wells ran dry.";

        NumberPhrase share = GrammarReadings.only(text);

        assertThat(share.unit()).isEqualTo(org.claimcheck.facts.Unit.PERCENT);
    }

    @Test
    void loneOneAsPronounIsNotACount() {
        String text = "One of the guards said no one saw it, and one day it would be known.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void qualifiedOneIsACount() {
        String text = "At least one ferry sank.";

        List<String> quotes = quotes(text);

        assertThat(quotes).containsExactly("At least one");
    }

    @Test
    void decadeIsNotACount() {
        String text = "Rainfall has fallen since the 1980s.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }

    @Test
    void versionAndFractionChainsAreNotCounts() {
        String text = "Release 4.2.1 runs 24/7.";

        List<String> quotes = quotes(text);

        assertThat(quotes).isEmpty();
    }
}
