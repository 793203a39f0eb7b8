package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable table of multi-token phrases ("no fewer than", "km/h", "Oct.") with a value each, matched
 * against a token list.
 *
 * <p>A phrase is tokenized like the text, so "km/h" must be written without spaces to match and "per cent"
 * with one. A phrase containing an upper-case letter matches case-sensitively ("May", "Street", "C"); an
 * all-lower-case phrase matches any case ("Around", "AROUND").
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found at a position: its value and the index just past its last token. */
    record Match<V>(V value, int end) {
    }

    private record Entry<V>(List<QuantityToken> words, boolean caseSensitive, V value) {

        boolean matches(List<QuantityToken> tokens, int from) {
            if (from < 0 || from + words.size() > tokens.size()) {
                return false;
            }
            for (int w = 0; w < words.size(); w++) {
                QuantityToken want = words.get(w);
                QuantityToken got = tokens.get(from + w);
                boolean same = caseSensitive ? got.text().equals(want.text()) : got.lower().equals(want.lower());
                if (!same || (w > 0 && tokens.get(from + w - 1).touches(got) != words.get(w - 1).touches(want))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, List<Entry<V>>> byFirstWord;
    private final int longest;

    private PhraseTable(Map<String, List<Entry<V>>> byFirstWord, int longest) {
        this.byFirstWord = byFirstWord;
        this.longest = longest;
    }

    /** Builds a table from phrases and their values; a later duplicate phrase is ignored. */
    static <V> PhraseTable<V> of(Map<String, V> phrases) {
        Map<String, List<Entry<V>>> index = new HashMap<>();
        int longest = 0;
        for (Map.Entry<String, V> phrase : phrases.entrySet()) {
            List<QuantityToken> words = QuantityTokenScanner.scan(phrase.getKey());
            if (words.isEmpty()) {
                throw new IllegalArgumentException("phrase must hold a token, was '" + phrase.getKey() + "'");
            }
            boolean caseSensitive = !phrase.getKey().toLowerCase(java.util.Locale.ROOT).equals(phrase.getKey());
            index.computeIfAbsent(words.get(0).lower(), k -> new ArrayList<>())
                    .add(new Entry<>(List.copyOf(words), caseSensitive, phrase.getValue()));
            longest = Math.max(longest, words.size());
        }
        Map<String, List<Entry<V>>> frozen = new HashMap<>();
        // Longest phrases first, so "hundreds of thousands" wins over "hundreds".
        index.forEach((first, entries) -> frozen.put(first, entries.stream()
                .sorted(Comparator.comparingInt((Entry<V> e) -> e.words().size()).reversed())
                .toList()));
        return new PhraseTable<>(Map.copyOf(frozen), longest);
    }

    /** Returns the longest phrase starting at token {@code from}, if any. */
    Optional<Match<V>> longestAt(List<QuantityToken> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return Optional.empty();
        }
        for (Entry<V> entry : byFirstWord.getOrDefault(tokens.get(from).lower(), List.of())) {
            if (entry.matches(tokens, from)) {
                return Optional.of(new Match<>(entry.value(), from + entry.words().size()));
            }
        }
        return Optional.empty();
    }

    /** Returns the value of a phrase whose last token is just before {@code end}, if any. */
    Optional<V> endingAt(List<QuantityToken> tokens, int end) {
        for (int from = Math.max(0, end - longest); from < end; from++) {
            for (Entry<V> entry : byFirstWord.getOrDefault(tokens.get(from).lower(), List.of())) {
                if (from + entry.words().size() == end && entry.matches(tokens, from)) {
                    return Optional.of(entry.value());
                }
            }
        }
        return Optional.empty();
    }
}
