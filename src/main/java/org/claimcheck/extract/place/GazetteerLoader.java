package org.claimcheck.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the gazetteer's tab-separated resources and builds its indexes.
 *
 * <p>Package-private: only {@link Gazetteer#standard()} calls it. Every format error names the resource
 * and line, because a malformed bundled file is a packaging bug to be fixed at that line.
 */
final class GazetteerLoader {

    private final Function<String, InputStream> opener;

    /** Creates a loader that opens resources by name with {@code opener}. */
    GazetteerLoader(Function<String, InputStream> opener) {
        this.opener = opener;
    }

    /**
     * Reads places, aliases and words and returns the gazetteer over them.
     *
     * @throws IllegalStateException naming the resource and line when a row is malformed or refers to an
     *     unknown code, or when the parents form a cycle
     * @throws UncheckedIOException when a resource cannot be read
     */
    Gazetteer load(String placesResource, String aliasesResource, String wordsResource) {
        PlaceWords words = readWords(wordsResource);
        Map<String, PlaceEntry> byCode = new LinkedHashMap<>();
        Map<String, List<String>> otherNames = new HashMap<>();
        for (Row row : rows(placesResource)) {
            row.expectColumns(5);
            String code = row.cell(0);
            PlaceKind kind = PlaceKind.valueOf(row.cell(2).toUpperCase(Locale.ROOT));
            String country = kind == PlaceKind.COUNTRY ? code : code.substring(0, 2).toUpperCase(Locale.ROOT);
            byCode.put(code, row.build(() -> new PlaceEntry(code, row.cell(3), kind, country, row.cell(1))));
            otherNames.put(code, new ArrayList<>(row.cell(4).isEmpty() ? List.of() : List.of(row.cell(4).split(";"))));
        }
        for (Row row : rows(aliasesResource)) {
            row.expectColumns(2);
            row.require(byCode.containsKey(row.cell(1)), "unknown code '" + row.cell(1) + "'");
            otherNames.get(row.cell(1)).add(row.cell(0));
        }
        Map<String, Integer> depth = depths(byCode, placesResource);
        Map<String, Set<PlaceEntry>> byName = new HashMap<>();
        Map<String, Set<PlaceEntry>> byBareName = new HashMap<>();
        for (PlaceEntry place : byCode.values()) {
            PlaceNameKey key = PlaceNameKey.of(place.name());
            add(byName, key, place);
            otherNames.get(place.code()).forEach(other -> add(byName, PlaceNameKey.of(other), place));
            if (words.endsInTypeWord(key) && words.isSpecific(key.withoutLast())) {
                add(byBareName, key.withoutLast(), place);
            }
        }
        Comparator<PlaceEntry> preference = Comparator
                .comparing((PlaceEntry place) -> place.kind() != PlaceKind.COUNTRY)
                .thenComparing(place -> depth.get(place.code()))
                .thenComparing(PlaceEntry::code);
        return new Gazetteer(byCode, ranked(byName, preference), ranked(byBareName, preference), words);
    }

    private static void add(Map<String, Set<PlaceEntry>> index, PlaceNameKey key, PlaceEntry place) {
        if (!key.isEmpty()) {
            index.computeIfAbsent(key.toString(), name -> new LinkedHashSet<>()).add(place);
        }
    }

    private static Map<String, List<PlaceEntry>> ranked(Map<String, Set<PlaceEntry>> index,
            Comparator<PlaceEntry> preference) {
        Map<String, List<PlaceEntry>> ranked = new HashMap<>();
        index.forEach((name, places) -> ranked.put(name, places.stream().sorted(preference).toList()));
        return ranked;
    }

    // Also proves every parent exists and the hierarchy has no cycle, so contains() always terminates.
    private static Map<String, Integer> depths(Map<String, PlaceEntry> byCode, String resource) {
        Map<String, Integer> depth = new HashMap<>();
        for (PlaceEntry place : byCode.values()) {
            int levels = 0;
            for (PlaceEntry up = place; !up.parentCode().isEmpty(); levels++) {
                PlaceEntry parent = byCode.get(up.parentCode());
                if (parent == null || levels > byCode.size()) {
                    throw new IllegalStateException(resource + ": " + up.code() + " has unknown or cyclic parent '"
                            + up.parentCode() + "'");
                }
                up = parent;
            }
            depth.put(place.code(), levels);
        }
        return depth;
    }

    private PlaceWords readWords(String resource) {
        Set<String> types = new HashSet<>();
        Set<String> generic = new HashSet<>();
        for (Row row : rows(resource)) {
            row.expectColumns(2);
            String word = PlaceNameKey.of(row.cell(0)).toString();
            switch (row.cell(1)) {
                case "type" -> types.add(word);
                case "generic" -> generic.add(word);
                default -> row.require(false, "role must be 'type' or 'generic', was '" + row.cell(1) + "'");
            }
        }
        return new PlaceWords(types, generic);
    }

    private List<Row> rows(String resource) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(opener.apply(resource), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(resource, number, List.of(line.split("\t", -1))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
        return rows;
    }

    /** One data line of a resource, kept with its location for error messages. */
    private record Row(String resource, int line, List<String> cells) {

        String cell(int index) {
            return cells.get(index).strip();
        }

        void expectColumns(int count) {
            require(cells.size() == count, "expected " + count + " tab-separated columns, found " + cells.size());
        }

        void require(boolean condition, String problem) {
            if (!condition) {
                throw new IllegalStateException(resource + ":" + line + ": " + problem);
            }
        }

        PlaceEntry build(Supplier<PlaceEntry> entry) {
            try {
                return entry.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(resource + ":" + line + ": " + e.getMessage(), e);
            }
        }
    }
}
