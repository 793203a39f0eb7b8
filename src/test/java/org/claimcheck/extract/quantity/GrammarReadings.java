package org.claimcheck.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Reads test sentences with the quantity grammar: the one phrase in a sentence, or all phrases as quoted text. */
final class GrammarReadings {

    private static final QuantityGrammar GRAMMAR = new QuantityGrammar();

    private GrammarReadings() {
    }

    /** Returns the only number phrase in {@code text}, failing the test when there is not exactly one. */
    static NumberPhrase only(String text) {
        List<NumberPhrase> found = GRAMMAR.find(text);
        assertThat(found).as("phrases in %s", text).hasSize(1);
        return found.get(0);
    }

    /** Returns every number phrase of {@code text} as the text it covers. */
    static List<String> quotes(String text) {
        return GRAMMAR.find(text).stream().map(p -> quote(text, p)).toList();
    }

    /** Returns the text a phrase covers. */
    static String quote(String text, NumberPhrase phrase) {
        return text.substring(phrase.span().start(), phrase.span().end());
    }
}
