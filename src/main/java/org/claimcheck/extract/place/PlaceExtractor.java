package org.claimcheck.extract.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Span;

/**
 * Finds place names: capitalized names after a place preposition ("in Leeds", "across Norway"), names
 * with a type word ("Bihar state", "the city of Arequipa", "the X region of Y"), country names known to
 * the {@link Gazetteer}, and words that stand for the whole country ("nationwide").
 *
 * <p>Containment comes from the gazetteer (a province lies in its country) and from the text itself
 * ("the X region of Y", "X, a town in Y").
 */
public final class PlaceExtractor implements Stage {

    /** The place layer. */
    public static final Layer<PlaceMention> PLACES = new Layer<>("places", PlaceMention.class);

    // Words that put a figure on the whole world: "worldwide, the brand sold 310,000 cars".
    private static final Set<String> WORLD = Vocabulary.words("worldwide", "globally");
    private static final java.util.regex.Pattern DEMONYM_ENDING = java.util.regex.Pattern.compile("(ian|an|ese|ish|i)$");
    private static final Set<String> NATIONAL = Vocabulary.words("nationwide", "nationally", "countrywide");

    private static final Map<String, Set<String>> CUES = WordList.loadKinds("place/place-cues.txt");
    private static final Set<String> DIRECTIONS = kind("DIRECTION");
    private static final Set<String> TYPE_WORDS = kind("TYPE");
    private static final Set<String> CALENDAR = kind("CALENDAR");
    private static final Set<String> PREPOSITIONS = kind("PREPOSITION");

    private final Gazetteer gazetteer;

    /** Creates an extractor over the standard gazetteer. */
    public PlaceExtractor() {
        this(Gazetteer.standard());
    }

    /** Creates an extractor over {@code gazetteer}. */
    public PlaceExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS);
    }

    @Override
    public Layer<?> provides() {
        return PLACES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<PlaceMention> places = new ArrayList<>();
        for (List<Token> s : TokenWindows.bySentence(document)) {
            int i = 0;
            while (i < s.size()) {
                i = Math.max(i + 1, readAt(document, s, i, places));
            }
        }
        document.put(PLACES, inNamedCountries(document, places));
    }

    /**
     * One sense per article: when the article names countries, a region the gazetteer finds under its name in
     * another country is the namesake in a named country, or, when none has one, a place the gazetteer does
     * not list (a neighbourhood named like a province abroad).
     */
    private List<PlaceMention> inNamedCountries(AnnotatedDocument document, List<PlaceMention> places) {
        Set<String> countries = new java.util.HashSet<>();
        for (PlaceMention p : places) {
            if (p.code().length() == 2) {
                countries.add(p.code());
            }
        }
        List<PlaceMention> resolved = new ArrayList<>(places.size());
        for (PlaceMention p : places) {
            Optional<PlaceEntry> entry = p.code().length() == 2 ? Optional.empty() : gazetteer.byCode(p.code());
            if (countries.isEmpty() || entry.isEmpty() || countries.contains(entry.get().countryCode())) {
                resolved.add(p);
                continue;
            }
            String code = countries.stream().sorted()
                    .map(country -> gazetteer.lookup(document.text(p.span()), country))
                    .flatMap(Optional::stream).map(PlaceEntry::code).findFirst().orElse("");
            resolved.add(new PlaceMention(p.index(), p.sentence(), p.span(), p.key(), code, p.containerKey(), p.national(),
                    p.origin(), p.located()));
        }
        return resolved;
    }

    /** Reads a place starting at token {@code i}, adds it, and returns the index after it (or i). */
    private int readAt(AnnotatedDocument document, List<Token> s, int i, List<PlaceMention> places) {
        Token t = s.get(i);
        if (WORLD.contains(t.lower())) {
            places.add(new PlaceMention(places.size(), t.sentence(), t.span(), "world", "", "", false, false, false));
            return i + 1;
        }
        if (NATIONAL.contains(t.lower()) || t.lower().equals("across") && i + 2 < s.size()
                && s.get(i + 1).lower().equals("the") && s.get(i + 2).lower().equals("country")) {
            int end = t.lower().equals("across") ? i + 2 : i;
            places.add(new PlaceMention(places.size(), t.sentence(), t.span().union(s.get(end).span()), "", "", "", true,
                    false, false));
            return end + 1;
        }
        // "in Leeds", "east of Leeds"
        boolean afterPreposition = i > 0 && PREPOSITIONS.contains(s.get(i - 1).lower())
                || i > 1 && s.get(i - 1).lower().equals("of") && DIRECTIONS.contains(s.get(i - 2).lower());
        int k = i;
        boolean article = false;
        if (k < s.size() && s.get(k).lower().equals("the")) {
            article = true;
            k++;
        }
        while (k < s.size() && DIRECTIONS.contains(s.get(k).lower())) {
            k++;
        }
        if (k + 2 < s.size() && TYPE_WORDS.contains(s.get(k).lower()) && s.get(k + 1).lower().equals("of")
                && s.get(k + 2).capitalized()) {
            int end = capitalizedRun(s, k + 2);
            return add(document, s, i, k + 2, end, end, "", true, places);
        }
        if (k >= s.size() || !s.get(k).capitalized() || !s.get(k).word() || (i == 0 && !afterPreposition && k == i
                && Vocabulary.isFunctionWord(s.get(k))) || CALENDAR.contains(s.get(k).lower())) {
            return i;
        }
        int nameEnd = capitalizedRun(s, k);
        // "Chile's Antofagasta region": the possessor is the container, the name is what follows it.
        int possessor = -1;
        if (nameEnd - k >= 2 && Vocabulary.withoutPossessive(s.get(k).lower()).length() < s.get(k).lower().length()) {
            possessor = k;
            k++;
        }
        int end = nameEnd;
        boolean typed = end < s.size() && TYPE_WORDS.contains(s.get(end).lower());
        if (typed) {
            end++;
        }
        String container = possessor < 0 ? "" : PlaceNameKey.of(Vocabulary.withoutPossessive(s.get(possessor).text())).toString();
        int after = end;
        if (typed && end + 1 < s.size() && s.get(end).lower().equals("of") && s.get(end + 1).capitalized()) {
            int containerEnd = capitalizedRun(s, end + 1);
            container = keyOf(document, s, end + 1, containerEnd);
            after = containerEnd;
        }
        Optional<PlaceEntry> known = gazetteer.lookup(document.text(s.get(k).span().union(s.get(nameEnd - 1).span())));
        boolean country = known.isPresent() && known.get().kind() == PlaceKind.COUNTRY
                && keyOf(document, s, k, nameEnd).equals(PlaceNameKey.of(known.get().name()).toString());
        if (!(afterPreposition || typed || country) || article && !typed && !afterPreposition) {
            return i;
        }
        // "the Tunisian port of Sfax", "Brazilian troops": an adjective of nationality qualifies a noun.
        if (!typed && !country && nameEnd - k == 1 && DEMONYM_ENDING.matcher(s.get(k).lower()).find()
                && nameEnd < s.size() && s.get(nameEnd).word() && !s.get(nameEnd).capitalized()
                && !Vocabulary.isFunctionWord(s.get(nameEnd))) {
            return i;
        }
        if (container.isEmpty() && end + 4 < s.size() && s.get(end).is(',') && s.get(end + 1).lower().matches("an?")
                && TYPE_WORDS.contains(s.get(end + 2).lower()) && s.get(end + 3).lower().equals("in")
                && s.get(end + 4).capitalized()) {
            container = keyOf(document, s, end + 4, capitalizedRun(s, end + 4));
        }
        add(document, s, i, k, nameEnd, end, container, afterPreposition, places);
        if (after > end) {
            add(document, s, end + 1, end + 1, after, after, "", afterPreposition, places);
        }
        return after;
    }

    private int add(AnnotatedDocument document, List<Token> s, int spanStart, int nameStart, int nameEnd, int end,
            String container, boolean located, List<PlaceMention> places) {
        Span span = s.get(spanStart).span().union(s.get(end - 1).span());
        String name = document.text(s.get(nameStart).span().union(s.get(nameEnd - 1).span()));
        String code = gazetteer.lookup(name).map(PlaceEntry::code).orElse("");
        boolean origin = spanStart > 0 && s.get(spanStart - 1).lower().equals("from");
        places.add(new PlaceMention(places.size(), s.get(spanStart).sentence(), span,
                keyOf(document, s, nameStart, nameEnd), code, container, false, origin, located && !origin));
        return end;
    }

    private static Set<String> kind(String kind) {
        return CUES.entrySet().stream().filter(e -> e.getValue().contains(kind)).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static int capitalizedRun(List<Token> s, int k) {
        int end = k;
        while (end < s.size() && s.get(end).word() && (s.get(end).capitalized() && (end == k || !CALENDAR.contains(s.get(end).lower()))
                || end > k && end + 1 < s.size() && s.get(end).lower().equals("de") && s.get(end + 1).capitalized())) {
            end++;
        }
        return end;
    }

    private static String keyOf(AnnotatedDocument document, List<Token> s, int from, int to) {
        return PlaceNameKey.of(document.text(s.get(from).span().union(s.get(to - 1).span()))).toString();
    }
}
