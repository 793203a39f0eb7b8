package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads English cardinal numbers written in words: "three", "twenty-five", "twenty five",
 * "one hundred and twelve", "ten thousand", "a dozen", "two dozen", "half a million",
 * "two and a half", "one and a half million".
 *
 * <p>The vocabulary is the closed list in {@code quantity-number-words.txt}. Ordinals ("first",
 * "twenty-third", from {@code quantity-ordinals.txt}) are read apart, by {@link #ordinal}, as ranks rather
 * than counts; fractions ("two thirds") are never read here. Numbers mixing digits and words ("1.5
 * million") are the business of {@link QuantityGrammar}. Immutable and thread-safe.
 */
public final class NumberWords {

    private enum Kind { UNIT, TEN, HUNDRED, SCALE, DOZEN, ARTICLE, HALF }

    private enum State { START, UNIT, TEN, TEN_UNIT, HUNDRED, SCALE }

    private record Word(Kind kind, double value) {
    }

    /**
     * Number words found in a token list.
     *
     * @param value the number they spell
     * @param end index just past the last token read
     * @param trailingScale the multiplier of a closing scale word ("three million" gives a million), else 1;
     *     lets "between two and three million" scale both ends
     * @param wordCount how many number words were read; a lone "one" is often a pronoun
     * @param impliedOne whether the number started with a bare scale word standing for one ("a dozen")
     */
    record Match(double value, int end, double trailingScale, int wordCount, boolean impliedOne) {
    }

    /**
     * The most tokens an ordinal spelled in words may take: "nine hundred and ninety-nine million nine hundred
     * and ninety-nine thousand nine hundred and ninety-ninth" has 27.
     */
    private static final int LONGEST_ORDINAL = 32;

    private static final NumberWords ENGLISH = new NumberWords();

    private final Map<String, Word> vocabulary;
    /** Each ordinal word and the cardinal word it stands for at the end of a number ("first" → "one"). */
    private final Map<String, String> ordinals;
    /** Fraction words ("thirds", "half"), which turn a number before them into a fraction. */
    private final Set<String> fractions;

    private NumberWords() {
        Map<String, Word> words = new HashMap<>();
        for (String[] row : Lexicon.rows("quantity-number-words.txt", 3)) {
            words.put(row[0], new Word(Kind.valueOf(row[1]), Double.parseDouble(row[2])));
        }
        vocabulary = Map.copyOf(words);
        Map<String, String> ordinalWords = new HashMap<>();
        for (String[] row : Lexicon.rows("quantity-ordinals.txt", 2)) {
            if (row[1].equals("WORD")) {
                ordinalWords.put(row[0], row[2]);
            }
        }
        ordinals = Map.copyOf(ordinalWords);
        Set<String> fractionWords = new HashSet<>();
        for (String[] row : Lexicon.rows("quantity-fractions.txt", 2)) {
            fractionWords.add(row[0]);
        }
        fractions = Set.copyOf(fractionWords);
    }

    /** Returns the English number words. */
    public static NumberWords english() {
        return ENGLISH;
    }

    /**
     * Returns the number spelled by the whole of {@code phrase}, or empty when any part of it is not a
     * cardinal number ("first", "twenty-first", "five people", "one one").
     *
     * @throws NullPointerException when {@code phrase} is null
     */
    public OptionalDouble parse(String phrase) {
        List<QuantityToken> tokens = QuantityTokenScanner.scan(phrase);
        Optional<Match> match = match(tokens, 0, false);
        return match.isPresent() && match.get().end() == tokens.size()
                ? OptionalDouble.of(match.get().value())
                : OptionalDouble.empty();
    }

    /** Returns whether the token is an ordinal or fraction word, which turns a preceding number into one. */
    boolean isOrdinal(QuantityToken token) {
        return token.isWord() && (ordinals.containsKey(token.lower()) || fractions.contains(token.lower()));
    }

    /**
     * Returns the rank spelled in words from token {@code from}, or empty: "tenth", "twenty-first", "one
     * hundred and third", "two thousandth". An ordinal is the cardinal it ends like, so "twenty-first" is 21
     * and "hundredth" 100.
     *
     * @throws IndexOutOfBoundsException when {@code from} is not a token index
     */
    Optional<Match> ordinal(List<QuantityToken> tokens, int from) {
        for (int m = from; m < Math.min(tokens.size(), from + LONGEST_ORDINAL); m++) {
            QuantityToken token = tokens.get(m);
            String cardinal = token.isWord() ? ordinals.get(token.lower()) : null;
            if (cardinal != null) {
                List<QuantityToken> asCardinal = new ArrayList<>(tokens.subList(from, m));
                asCardinal.add(QuantityToken.of(QuantityToken.Kind.WORD, token.start(), token.end(), cardinal));
                return match(asCardinal, 0, true).filter(r -> r.end() == asCardinal.size())
                        .map(r -> new Match(r.value(), from + r.end(), 1, r.wordCount(), r.impliedOne()));
            }
            if (!token.isDash() && !token.is("and") && word(tokens, m) == null) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the longest number spelled in words from token {@code from}.
     *
     * @param bareScale whether a scale word may stand alone for one, as after "a few" or "several"
     */
    Optional<Match> match(List<QuantityToken> tokens, int from, boolean bareScale) {
        Word first = word(tokens, from);
        if (first == null) {
            return Optional.empty();
        }
        if (first.kind() == Kind.HALF) {
            Word article = word(tokens, from + 1);
            Word scale = word(tokens, from + 2);
            return article != null && article.kind() == Kind.ARTICLE && isMultiplier(scale)
                    ? Optional.of(new Match(0.5 * scale.value(), from + 3, scale.value(), 3, false))
                    : Optional.empty();
        }
        int k = from;
        double segment = 0;
        State state = State.START;
        boolean implied = false;
        if (first.kind() == Kind.ARTICLE || (bareScale && isMultiplier(first))) {
            if (first.kind() == Kind.ARTICLE) {
                if (!isMultiplier(word(tokens, from + 1))) {
                    return Optional.empty();
                }
                k++;
            }
            // "a hundred", and "hundred" after "a few", read as "one hundred".
            segment = 1;
            state = State.UNIT;
            implied = true;
        }
        return Optional.ofNullable(readFrom(tokens, k, segment, state, implied));
    }

    private Match readFrom(List<QuantityToken> tokens, int from, double startSegment, State startState,
            boolean implied) {
        double total = 0;
        double segment = startSegment;
        double lastScale = Double.POSITIVE_INFINITY;
        boolean hundredInSegment = false;
        State state = startState;
        Match best = null;
        int count = 0;
        int k = from;
        while (k < tokens.size()) {
            QuantityToken token = tokens.get(k);
            Word w = word(tokens, k);
            if (w == null) {
                int skip = joinerLength(tokens, k, state);
                if (skip == 0) {
                    break;
                }
                k += skip;
                if (skip == 3) {
                    // "two and a half", and "one and a half million" once the scale word is read
                    segment += 0.5;
                    best = new Match(total + segment, k, 1, count, implied);
                }
                continue;
            }
            double trailing = 1;
            switch (w.kind()) {
                case UNIT -> {
                    boolean afterTen = state == State.TEN && w.value() >= 1 && w.value() <= 9;
                    boolean fresh = state == State.START
                            || ((state == State.HUNDRED || state == State.SCALE) && w.value() > 0);
                    if (!afterTen && !fresh) {
                        return best;
                    }
                    segment += w.value();
                    state = afterTen ? State.TEN_UNIT : State.UNIT;
                }
                case TEN -> {
                    if (state != State.START && state != State.HUNDRED && state != State.SCALE) {
                        return best;
                    }
                    segment += w.value();
                    state = State.TEN;
                }
                case HUNDRED -> {
                    boolean small = state == State.UNIT || state == State.TEN_UNIT;
                    if (!small || hundredInSegment || segment < 1 || segment >= 100) {
                        return best;
                    }
                    segment *= 100;
                    hundredInSegment = true;
                    state = State.HUNDRED;
                    trailing = 100;
                }
                case SCALE -> {
                    if (state == State.START || state == State.SCALE || segment <= 0 || w.value() >= lastScale) {
                        return best;
                    }
                    total += segment * w.value();
                    segment = 0;
                    lastScale = w.value();
                    hundredInSegment = false;
                    state = State.SCALE;
                    trailing = w.value();
                }
                case DOZEN -> {
                    boolean small = state == State.UNIT || state == State.TEN || state == State.TEN_UNIT;
                    if (!small || total > 0 || segment < 1) {
                        return best;
                    }
                    return new Match(segment * 12, k + 1, 12, count + 1, implied);
                }
                default -> {
                    return best;
                }
            }
            count++;
            k++;
            if (segment == 0 && state == State.UNIT) {
                // "zero" takes nothing after it.
                return new Match(0, k, 1, count, implied);
            }
            best = new Match(total + segment, k, trailing, count, implied);
        }
        return best;
    }

    /**
     * Returns how many tokens join two number words here: 1 for the hyphen of "twenty-five" (or "twenty - five") and the "and" of
     * "one hundred and twelve", 3 for the "and a half" of "two and a half" and "one and a half million", 0 when none does.
     */
    private int joinerLength(List<QuantityToken> tokens, int k, State state) {
        QuantityToken token = tokens.get(k);
        Word next = word(tokens, k + 1);
        if (token.isDash() && state == State.TEN && next != null && next.kind() == Kind.UNIT
                && next.value() >= 1 && next.value() <= 9
                && tokens.get(k - 1).touches(token) == token.touches(tokens.get(k + 1))) {
            // "fifty-two", and "fifty - two" with spaces (a range from fifty down to two means nothing)
            return 1;
        }
        if (token.is("and") && (state == State.HUNDRED || state == State.SCALE) && next != null
                && (next.kind() == Kind.TEN || (next.kind() == Kind.UNIT && next.value() > 0))) {
            return 1;
        }
        boolean small = state == State.UNIT || state == State.TEN || state == State.TEN_UNIT;
        Word article = word(tokens, k + 1);
        Word half = word(tokens, k + 2);
        if (token.is("and") && small && article != null && article.kind() == Kind.ARTICLE && half != null
                && half.kind() == Kind.HALF) {
            return 3;
        }
        return 0;
    }

    private static boolean isMultiplier(Word w) {
        return w != null && (w.kind() == Kind.HUNDRED || w.kind() == Kind.SCALE || w.kind() == Kind.DOZEN);
    }

    private Word word(List<QuantityToken> tokens, int k) {
        if (k < 0 || k >= tokens.size() || !tokens.get(k).isWord()) {
            return null;
        }
        return vocabulary.get(tokens.get(k).lower());
    }
}
