package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Reads test sentences with the quantity grammar: the one amount in a sentence, all amounts as quoted text, or
 * the numbers it reads as labels (years, ranks, flight numbers) with their class.
 */
final class GrammarReadings {

    private static final QuantityGrammar GRAMMAR = new QuantityGrammar();

    private GrammarReadings() {
    }

    /** Returns the only amount in {@code text}, failing the test when there is not exactly one. */
    static NumberPhrase only(String text) {
        List<NumberPhrase> found = GRAMMAR.find(text).stream().filter(NumberPhrase::amount).toList();
        assertThat(found).as("amounts in %s", text).hasSize(1);
        return found.get(0);
    }

    /** Returns every amount of {@code text} as the text it covers. */
    static List<String> quotes(String text) {
        return GRAMMAR.find(text).stream().filter(NumberPhrase::amount).map(p -> quote(text, p)).toList();
    }

    /** Returns every number of {@code text} that is not an amount, as "quoted text: class" ("447: IDENTIFIER"). */
    static List<String> labels(String text) {
        return GRAMMAR.find(text).stream().filter(p -> !p.amount())
                .map(p -> quote(text, p) + ": " + p.numberClass()).toList();
    }

    /** Returns the text a phrase covers. */
    static String quote(String text, NumberPhrase phrase) {
        return text.substring(phrase.span().start(), phrase.span().end());
    }
}
