package org.claimcheck.extract.place;

import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Countries and their subdivisions with containment, from Unicode CLDR, looked up by English name.
 *
 * <p>The data ({@code places.tsv}, about 260 countries and 5,400 subdivisions) is generated from CLDR by
 * {@code src/build/geo/convert-cldr.mjs}; {@code places-aliases.tsv} adds other English names and
 * adjectives ("U.S.", "Britain", "Brazilian"). Codes follow {@link PlaceEntry}: {@code BR} for a country,
 * {@code brgo} for a subdivision. An instance is immutable and safe to share between threads.
 *
 * <p>A name matches ignoring case, accents and punctuation ("Sao Paulo" finds "Goiás"), and
 * tolerates a leading "the" and a trailing type word from {@code place-words.tsv} ("Tver Oblast",
 * "Bavaria state"). A CLDR name ending in a type word is also found without it ("Kamchatka" finds
 * "Kamchatka Krai") unless what remains is generic ("Central Region" is not found as "Central"), and
 * only when no place is named exactly that. When several places share a name, the first in this order wins:
 * <ol>
 *   <li>a country before a subdivision, except that a trailing type word ("Georgia state") asks for a
 *       subdivision, and then a place whose CLDR name carries a type word ("Moscow Province") comes first;</li>
 *   <li>a place higher in the hierarchy (fewer parents) before a deeper one;</li>
 *   <li>the smaller code in alphabetical order ("Punjab" is {@code inpb} before {@code pkpb}).</li>
 * </ol>
 * Pass a country code to {@link #lookup(String, String)} to choose among them.
 */
public final class Gazetteer {

    private static final String PLACES = "places.tsv";
    private static final String ALIASES = "places-aliases.tsv";
    private static final String WORDS = "place-words.tsv";

    private final Map<String, PlaceEntry> byCode;
    private final Map<String, List<PlaceEntry>> byName;
    // Names whose CLDR form ends in a type word, under the name without it: "kamchatka" for "Kamchatka Krai".
    private final Map<String, List<PlaceEntry>> byBareName;
    private final PlaceWords words;

    /** Takes the indexes built by {@link GazetteerLoader}; each list is already in preference order. */
    Gazetteer(Map<String, PlaceEntry> byCode, Map<String, List<PlaceEntry>> byName,
            Map<String, List<PlaceEntry>> byBareName, PlaceWords words) {
        this.byCode = Map.copyOf(byCode);
        this.byName = Map.copyOf(byName);
        this.byBareName = Map.copyOf(byBareName);
        this.words = words;
    }

    /**
     * Returns the gazetteer built from the bundled CLDR resources, loaded once on first use.
     *
     * @throws IllegalStateException (wrapped in an {@link ExceptionInInitializerError} on first use) when a
     *     bundled resource is missing or malformed, which is a packaging bug
     */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    // Holder class: the JVM loads it, and so the data, once and thread-safely on first call to standard().
    private static final class Standard {
        static final Gazetteer INSTANCE = new GazetteerLoader(Gazetteer::open).load(PLACES, ALIASES, WORDS);
    }

    private static InputStream open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
        }
        return in;
    }

    /**
     * Finds the place best matching an English name, in the order described on this class.
     *
     * @param name a place name as written, such as "the Tver region" or "Goias"
     * @return the place, or empty when no place has that name (also for blank or punctuation-only text)
     * @throws NullPointerException when {@code name} is null
     */
    public Optional<PlaceEntry> lookup(String name) {
        return lookupAll(name).stream().findFirst();
    }

    /**
     * Finds the place best matching an English name among the places in one country, or the country itself.
     *
     * @param name a place name as written, such as "Punjab province"
     * @param countryCode the country to look in, ISO 3166-1 alpha-2 in any case ("IN" or "pk")
     * @return the place, or empty when the country has no place of that name or the code is unknown
     * @throws NullPointerException when an argument is null
     */
    public Optional<PlaceEntry> lookup(String name, String countryCode) {
        String country = countryCode.strip().toUpperCase(Locale.ROOT);
        return lookupAll(name).stream().filter(place -> place.countryCode().equals(country)).findFirst();
    }

    /**
     * Returns every place matching an English name, best first in the order described on this class;
     * more than one element means the name is ambiguous.
     *
     * @param name a place name as written
     * @return the matching places, empty when there are none
     * @throws NullPointerException when {@code name} is null
     */
    public List<PlaceEntry> lookupAll(String name) {
        PlaceNameKey key = PlaceNameKey.of(Objects.requireNonNull(name, "name"));
        if (key.isEmpty()) {
            return List.of();
        }
        List<PlaceEntry> exact = byName.getOrDefault(key.toString(), List.of());
        if (exact.isEmpty() && key.words().size() > 1 && key.first().equals("the")) {
            key = key.withoutFirst();
            exact = byName.getOrDefault(key.toString(), List.of());
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        if (!words.endsInTypeWord(key)) {
            return byBareName.getOrDefault(key.toString(), List.of());
        }
        String bare = key.withoutLast().toString();
        // Stream.sorted is stable, so within each kind the bare-name matches keep their lead.
        return Stream.concat(byBareName.getOrDefault(bare, List.of()).stream(),
                        byName.getOrDefault(bare, List.of()).stream())
                .distinct()
                .sorted(Comparator.comparing(place -> place.kind() == PlaceKind.COUNTRY))
                .toList();
    }

    /**
     * Returns the place with a code, given in any case ("BR", "br", "BRSP").
     *
     * @return the place, or empty when no place has that code
     * @throws NullPointerException when {@code code} is null
     */
    public Optional<PlaceEntry> byCode(String code) {
        return Optional.ofNullable(byCode.get(canonicalCode(code)));
    }

    /**
     * Returns whether one place lies inside another, directly or through intermediate subdivisions
     * ({@code BR} contains {@code brgo}; {@code GB} contains {@code gbkec} through {@code gbeng}).
     *
     * <p>Containment is strict: a place does not contain itself. Codes may be given in any case.
     *
     * @param outerCode the code of the possible container
     * @param innerCode the code of the possibly contained place
     * @return false also when either code is unknown
     * @throws NullPointerException when an argument is null
     */
    public boolean contains(String outerCode, String innerCode) {
        String outer = canonicalCode(outerCode);
        PlaceEntry current = byCode.get(canonicalCode(innerCode));
        while (current != null && !current.parentCode().isEmpty()) {
            current = byCode.get(current.parentCode());
            if (current != null && current.code().equals(outer)) {
                return true;
            }
        }
        return false;
    }

    // Country codes are two letters; every CLDR subdivision code is longer.
    private static String canonicalCode(String code) {
        String stripped = code.strip();
        return stripped.length() == 2 ? stripped.toUpperCase(Locale.ROOT) : stripped.toLowerCase(Locale.ROOT);
    }
}
