package org.claimcheck.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the word lists in {@code src/main/resources/org/claimcheck/extract/}: one entry per line,
 * {@code #} starts a comment, blank lines are skipped. Names are relative to that folder, which has one
 * sub-folder per package that reads it ({@code "text/abbreviations.txt"}).
 */
public final class WordList {

    private static final String DATA = "/org/claimcheck/extract/";

    private WordList() {
    }

    /** Returns the entries of a list, in file order. */
    public static List<String> load(String name) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = WordList.class.getResourceAsStream(DATA + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/claimcheck/extract/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(entries);
    }

    /**
     * Loads a list of {@code key: value, value, ...} lines into a map from each value to every key it is
     * listed under: a word may be of several kinds ("company" names an organisation and is generic).
     *
     * @throws IllegalStateException when a line has no colon
     */
    public static Map<String, java.util.Set<String>> loadKinds(String name) {
        Map<String, java.util.Set<String>> byWord = new LinkedHashMap<>();
        for (String entry : load(name)) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(name + ": expected 'kind: word, word', got '" + entry + "'");
            }
            String kind = entry.substring(0, colon).strip();
            for (String word : entry.substring(colon + 1).split(",")) {
                if (!word.isBlank()) {
                    byWord.computeIfAbsent(word.strip().toLowerCase(java.util.Locale.ROOT), w -> new java.util.HashSet<>())
                            .add(kind);
                }
            }
        }
        Map<String, java.util.Set<String>> frozen = new LinkedHashMap<>();
        byWord.forEach((word, kinds) -> frozen.put(word, java.util.Set.copyOf(kinds)));
        return Map.copyOf(frozen);
    }

    /**
     * Loads a list of {@code key: value, value, ...} lines into a map from each value to its key.
     *
     * @throws IllegalStateException when a line has no colon
     */
    public static Map<String, String> loadGroups(String name) {
        Map<String, String> byWord = new LinkedHashMap<>();
        for (String entry : load(name)) {
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(name + ": expected 'group: word, word', got '" + entry + "'");
            }
            String group = entry.substring(0, colon).strip();
            for (String word : entry.substring(colon + 1).split(",")) {
                if (!word.isBlank()) {
                    byWord.put(word.strip().toLowerCase(java.util.Locale.ROOT), group);
                }
            }
        }
        return Map.copyOf(byWord);
    }
}
