package org.claimcheck.extract.syntax;

import java.util.List;
import java.util.Objects;
import org.claimcheck.input.Span;

/**
 * A base noun phrase: a run of determiner, qualifiers, numbers, adjectives and nouns around one head, or a
 * pronoun ("six members", "at least 40 people", "the ministry's spokesman", "he"). Token indexes are
 * document-wide, as in {@code Token.index()}.
 *
 * @param index      0-based position in the {@code NOUN_PHRASES} layer
 * @param sentence   index of the sentence holding the phrase
 * @param span       from the first token's start to the last token's end
 * @param first      index of the first token (a qualifier's first word when there is one)
 * @param last       index of the last token
 * @param head       index of the head: the last noun, name, number or pronoun
 * @param determiner index of the determiner or possessive determiner ("the", "his"), or -1
 * @param numbers    indexes of the numeral tokens, in order ("40" in "at least 40 people")
 * @param modifiers  indexes of the adjectives and of the nouns before the head ("rescue" in "rescue workers"),
 *                   in order
 * @param proper     whether the head is a name: tagged PROPN, or a capitalised noun inside the sentence
 * @param pronoun    whether the head is a pronoun
 * @param possessive whether a possessor sits inside: a word with "'s" or a possessive determiner
 */
public record NounPhrase(int index, int sentence, Span span, int first, int last, int head, int determiner,
        List<Integer> numbers, List<Integer> modifiers, boolean proper, boolean pronoun, boolean possessive) {

    /**
     * Validates the phrase and copies its lists.
     *
     * @throws IllegalArgumentException when an index is negative, the head lies outside first..last, or the
     *                                  determiner is neither -1 nor inside the phrase
     * @throws NullPointerException     when the span or a list is null
     */
    public NounPhrase {
        Objects.requireNonNull(span, "span");
        numbers = List.copyOf(Objects.requireNonNull(numbers, "numbers"));
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
        Chunks.checkRange(index, sentence, first, head, last);
        if (determiner != -1 && (determiner < first || determiner > last)) {
            throw new IllegalArgumentException("determiner must be -1 or in " + first + ".." + last + ", was " + determiner);
        }
    }

    /** Tells whether the token with document-wide index {@code token} lies in the phrase. */
    public boolean covers(int token) {
        return first <= token && token <= last;
    }
}
