package org.claimcheck.extract.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a place name: lower-case words without accents or punctuation.
 *
 * <p>"Goiás", "Sao Paulo" and "SAO-PAULO" share the key {@code goias}; "U.S." becomes {@code u s},
 * "Antigua &amp; Barbuda" becomes {@code antigua and barbuda}, and "St." becomes {@code saint}, because CLDR
 * and news writers each use both spellings. Package-private: only the gazetteer compares names.
 *
 * @param words the normalized words, never empty strings; empty when the name has no letters or digits
 */
record PlaceNameKey(List<String> words) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // Apostrophes vanish rather than split words, so "Hawai'i" and "Hawaii" meet.
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`´]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Copies the word list. */
    PlaceNameKey {
        words = List.copyOf(words);
    }

    /**
     * Returns the key for a name as written anywhere: in the data files or in an article.
     *
     * @throws NullPointerException when {@code name} is null
     */
    static PlaceNameKey of(String name) {
        // Lower-case before decomposing: Turkish dotted capital I lower-cases to i plus a combining dot.
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = foldLettersWithoutDecomposition(APOSTROPHES.matcher(folded).replaceAll(""));
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(folded.replace("&", " and "))) {
            if (!word.isEmpty()) {
                words.add(word.equals("st") ? "saint" : word.equals("ste") ? "sainte" : word);
            }
        }
        return new PlaceNameKey(words);
    }

    // These Latin letters carry no combining mark under NFD, yet readers type them as plain ASCII.
    private static String foldLettersWithoutDecomposition(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'đ', 'ð' -> out.append('d');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Returns whether the name had no letters or digits at all. */
    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Returns the first word; the key must not be empty. */
    String first() {
        return words.get(0);
    }

    /** Returns the last word; the key must not be empty. */
    String last() {
        return words.get(words.size() - 1);
    }

    /** Returns the key without its first word; the key must have at least two. */
    PlaceNameKey withoutFirst() {
        return new PlaceNameKey(words.subList(1, words.size()));
    }

    /** Returns the key without its last word; the key must have at least two. */
    PlaceNameKey withoutLast() {
        return new PlaceNameKey(words.subList(0, words.size() - 1));
    }

    /** Returns the words joined by single spaces, the form used as a map key. */
    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
