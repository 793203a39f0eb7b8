package org.claimcheck.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.extract.attribution.Attribution;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.place.Gazetteer;
import org.claimcheck.extract.place.PlaceEntry;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.place.PlaceMention;
import org.claimcheck.extract.quantity.FigureAttribution;
import org.claimcheck.extract.quantity.FigureAttributor;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.quantity.QuantityMention;
import org.claimcheck.extract.syntax.Clause;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.NounPhrase;
import org.claimcheck.extract.syntax.NounPhraseChunker;
import org.claimcheck.extract.syntax.PartOfSpeechTagger;
import org.claimcheck.extract.syntax.PrepositionalPhraseChunker;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.TaggedWord;
import org.claimcheck.extract.syntax.VerbGroupChunker;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.extract.time.TimeExpression;
import org.claimcheck.extract.time.TimeExpressionFinder;
import org.claimcheck.extract.time.TimeKind;
import org.claimcheck.facts.Days;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Splits an article's narration into events and puts every figure in the event of its clause.
 *
 * <p>A report tells one event and then others: "A landslide buried a hamlet above Tarvo on Monday, killing
 * nine people … Meanwhile floods in the lowlands have driven 3,000 from their homes this week … On Sunday
 * a bus crash near Ostrel killed five". The clauses are read in text order, each with what it says of its
 * event: a kind ("landslide", "flood", "crash": {@code event/event-words.txt}), a day (resolved against the
 * publication day by {@link TimeExpressionFinder}), the places it puts it in ({@link PlaceMention#located()}:
 * "in Tarvo", "the village of X"), a word that opens another event ("meanwhile", "a day earlier", "another
 * attack") and a definite mention of one already told ("the attack", "the raids"). A clause that says none
 * of these continues the event being told. One that fits the event being told (their kinds share one when
 * both name some, their days may be one, its places fit the event's) and opens no other adds what it says to
 * it. Otherwise it returns to the latest earlier event it fits and shares a kind, day or place with (or, for
 * "the attack", any earlier event it fits), or begins a new one. A clause that only opens another event
 * ("Meanwhile the agency said") waits for the next clause of its sentence that says which.
 *
 * <p>What a clause says of its event leaves out the circumstances of a statement ("the ministry said on
 * Tuesday that …"); a figure's clause is dated as {@link FigureAttributor} dated the figure. Only tolls, counts
 * with a measure ("killed", "injured"), belong to events.
 *
 * <p>Places fit when they are one, when the text or the gazetteer puts one inside the other, or when only
 * one of them is known to the gazetteer (a village it does not list may lie in the province it does); two
 * places the gazetteer knows and does not relate, or two it does not know, are different places.
 */
public final class EventSegmenter implements Stage {

    /** The event layer, in order of first narration. */
    public static final Layer<NarratedEvent> EVENTS = new Layer<>("events", NarratedEvent.class);

    private static final Map<String, String> WORDS = WordList.loadGroups("event/event-words.txt");
    private static final String GENERIC = "generic";
    /** The longest entry of the word list, in words ("earlier in the day"). */
    private static final int LONGEST_ENTRY = 4;
    /** How many words may stand between "another" and its event word ("a separate air strike"). */
    private static final int ANOTHER_REACH = 2;

    private final Gazetteer gazetteer;

    /** Creates a segmenter relating places through the standard gazetteer. */
    public EventSegmenter() {
        this(Gazetteer.standard());
    }

    /** Creates a segmenter relating places through {@code gazetteer}. */
    public EventSegmenter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED, NounPhraseChunker.NOUN_PHRASES,
                VerbGroupChunker.VERB_GROUPS, PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES,
                ClauseSegmenter.CLAUSES, PlaceExtractor.PLACES, TimeExpressionFinder.TIMES,
                AttributionExtractor.ATTRIBUTIONS, QuantityExtractor.QUANTITIES, FigureAttributor.FIGURE_ATTRIBUTIONS);
    }

    @Override
    public Layer<?> provides() {
        return EVENTS;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        Syntax syntax = Syntax.of(doc);
        // what each clause says of its event, in order of the clause's first own token
        Map<Integer, Told> byClause = new HashMap<>();
        List<Told> inOrder = new ArrayList<>();
        for (Token t : tokens) {
            Told told = byClause.computeIfAbsent(clauseOf(syntax, t.index()), c -> {
                Told created = new Told();
                inOrder.add(created);
                return created;
            });
            told.tokens.add(t.index());
        }
        for (Told told : byClause.values()) {
            read(told, tokens, syntax);
        }
        // a figure's clause is dated as FigureAttributor dated the figure ("rose to 19 on Tuesday" dates the
        // new value, not the derailment); any other clause by its first day that is not a statement's
        List<TimeExpression> times = doc.get(TimeExpressionFinder.TIMES);
        List<QuantityMention> quantities = doc.get(QuantityExtractor.QUANTITIES);
        List<FigureAttribution> figures = doc.get(FigureAttributor.FIGURE_ATTRIBUTIONS);
        Set<Told> dated = new HashSet<>();
        for (QuantityMention q : quantities) {
            Told told = at(byClause, syntax, tokens, q.number().span());
            int when = figures.get(q.index()).when();
            dated.add(told);
            if (told.day.isEmpty() && when >= 0 && times.get(when).kind() == TimeKind.DAY) {
                told.day = times.get(when).value();
            }
        }
        List<List<Span>> contents = contentsBySentence(doc);
        for (TimeExpression time : times) {
            Told told = at(byClause, syntax, tokens, time.span());
            if (time.kind() == TimeKind.DAY && told.day.isEmpty() && !dated.contains(told)
                    && !circumstance(time.span(), contents.get(time.sentence()))) {
                told.day = time.value();
            }
        }
        for (PlaceMention place : doc.get(PlaceExtractor.PLACES)) {
            if (place.located() && !circumstance(place.span(), contents.get(place.sentence()))) {
                at(byClause, syntax, tokens, place.span()).places.add(place);
            }
        }
        for (QuantityMention q : quantities) {
            if (q.number().unit() == Unit.COUNT && !q.measure().isEmpty()) {
                at(byClause, syntax, tokens, q.number().span()).quantities.add(q.index());
            }
        }
        List<Narration> events = new ArrayList<>();
        Narration current = null;
        // "Meanwhile the monitor said | 48 people were executed in X": a clause that only opens another event
        // waits, with the silent clauses after it, for the first clause of its sentence that says which
        List<Told> waiting = new ArrayList<>();
        for (Told told : inOrder) {
            int sentence = tokens.get(told.tokens.get(0)).sentence();
            if (!waiting.isEmpty() && tokens.get(waiting.get(0).tokens.get(0)).sentence() != sentence) {
                current = settle(waiting, waiting.get(0), current, events, tokens);
            }
            if (told.separate && told.silentBesidesSeparate() || !waiting.isEmpty() && told.silent()) {
                waiting.add(told);
                continue;
            }
            if (!waiting.isEmpty()) {
                told.separate = true;
            }
            waiting.add(told);
            current = settle(waiting, told, current, events, tokens);
        }
        if (!waiting.isEmpty()) {
            settle(waiting, waiting.get(0), current, events, tokens);
        }
        List<NarratedEvent> found = new ArrayList<>();
        String country = mainCountry(doc.get(PlaceExtractor.PLACES), "");
        for (Narration e : events) {
            found.add(new NarratedEvent(found.size(), e.sentence, List.copyOf(e.kinds), e.day,
                    e.places.stream().sorted(specificFirst()).map(PlaceMention::key).distinct().toList(),
                    mainCountry(e.places, country), e.quantities));
        }
        doc.put(EVENTS, found);
    }

    /** The spans of what is reported in each sentence ("said that …", "…, the agency said"). */
    private static List<List<Span>> contentsBySentence(AnnotatedDocument doc) {
        List<List<Span>> contents = new ArrayList<>();
        for (int i = 0; i < doc.get(SentenceSplitter.SENTENCES).size(); i++) {
            contents.add(new ArrayList<>());
        }
        for (Attribution a : doc.get(AttributionExtractor.ATTRIBUTIONS)) {
            if (a.content().length() > 0) {
                contents.get(a.sentence()).add(a.content());
            }
        }
        return contents;
    }

    /**
     * Whether a day or place is the circumstance of a statement, not of what is told: in a sentence that
     * reports something, outside everything reported ("the institute said on Tuesday that …", "speaking to
     * reporters in the capital, the minister said …").
     */
    private static boolean circumstance(Span span, List<Span> contents) {
        return !contents.isEmpty() && contents.stream().noneMatch(c -> c.contains(span));
    }

    /** Puts the waiting clauses, {@code deciding} among them, in the event {@code deciding} belongs to. */
    private Narration settle(List<Told> waiting, Told deciding, Narration current, List<Narration> events,
            List<Token> tokens) {
        Narration event = place(deciding, current, events, tokens);
        for (Told told : waiting) {
            event.quantities.addAll(told.quantities);
        }
        waiting.clear();
        return event;
    }

    /** The event a clause belongs to: the one being told, an earlier one it returns to, or a new one. */
    private Narration place(Told told, Narration current, List<Narration> events, List<Token> tokens) {
        if (current != null && (told.silent() || !told.separate && fits(current, told))) {
            current.add(told);
            return current;
        }
        if (current != null) {
            for (int i = events.size() - 1; i >= 0; i--) {
                Narration earlier = events.get(i);
                if (earlier != current && fits(earlier, told) && (told.anaphor || shares(earlier, told))) {
                    earlier.add(told);
                    return earlier;
                }
            }
        }
        Narration created = new Narration(tokens.get(told.tokens.get(0)).sentence());
        created.add(told);
        events.add(created);
        return created;
    }

    private boolean fits(Narration e, Told told) {
        return (told.kinds.isEmpty() || e.kinds.isEmpty() || told.kinds.stream().anyMatch(e.kinds::contains))
                && Days.mayBeOne(told.day, e.day)
                && told.places.stream().allMatch(p -> fits(p, e.places));
    }

    private static boolean shares(Narration e, Told told) {
        return told.kinds.stream().anyMatch(e.kinds::contains) || !told.day.isEmpty() && told.day.equals(e.day)
                || told.places.stream().anyMatch(p -> e.places.stream().anyMatch(q -> q.key().equals(p.key())));
    }

    private boolean fits(PlaceMention p, List<PlaceMention> places) {
        if (places.isEmpty() || places.stream().anyMatch(q -> related(p, q))) {
            return true;
        }
        // nothing relates them: a place the gazetteer does not list may lie in one it lists, and the other way
        return places.stream().allMatch(q -> p.code().isEmpty() != q.code().isEmpty());
    }

    private boolean related(PlaceMention a, PlaceMention b) {
        return a.key().equals(b.key()) || a.containerKey().equals(b.key()) || b.containerKey().equals(a.key())
                || !a.code().isEmpty() && !b.code().isEmpty()
                        && (gazetteer.contains(a.code(), b.code()) || gazetteer.contains(b.code(), a.code()));
    }

    /**
     * The country most of the places are in, a place the gazetteer does not list counting for {@code
     * otherwise} (the article's own country); empty when none is known. Ties go to the first named.
     */
    private String mainCountry(List<PlaceMention> places, String otherwise) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (PlaceMention p : places) {
            String country = p.code().length() == 2 ? p.code()
                    : gazetteer.byCode(p.code()).map(PlaceEntry::countryCode).orElse(otherwise);
            if (!country.isEmpty()) {
                votes.merge(country, 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** A place the gazetteer does not list (a village), then a region, then a country. */
    private static Comparator<PlaceMention> specificFirst() {
        return Comparator.comparingInt(p -> p.code().isEmpty() ? 0 : p.code().length() == 2 ? 2 : 1);
    }

    /** Reads the kind, the anaphor and the words opening another event among a clause's own tokens. */
    private static void read(Told told, List<Token> tokens, Syntax syntax) {
        List<Integer> own = told.tokens;
        for (int k = 0; k < own.size(); k++) {
            int t = own.get(k);
            String phrase = phraseAt(own, k, tokens);
            if (!phrase.isEmpty() && WORDS.get(phrase).equals("SEPARATE")) {
                told.separate = true;
            }
            TaggedWord word = syntax.word(t);
            if (!word.tag().nominal()) {
                continue;
            }
            String kind = eventWordAt(own, k, syntax);
            if (kind.isEmpty()) {
                continue;
            }
            if (!kind.equals(GENERIC)) {
                told.kinds.add(kind);
            }
            told.anaphor |= definite(syntax, t, tokens);
            for (int b = Math.max(0, k - ANOTHER_REACH - 1); b < k; b++) {
                told.separate |= "ANOTHER".equals(WORDS.get(tokens.get(own.get(b)).lower()));
            }
        }
    }

    /** The kind of the event word at position {@code k}, a two-word entry first; empty when none. */
    private static String eventWordAt(List<Integer> own, int k, Syntax syntax) {
        String lemma = syntax.word(own.get(k)).lemma();
        if (k + 1 < own.size()) {
            String pair = WORDS.get(lemma + " " + syntax.word(own.get(k + 1)).lemma());
            if (pair != null && isKind(pair)) {
                return pair;
            }
        }
        if (k > 0 && isKind(WORDS.getOrDefault(syntax.word(own.get(k - 1)).lemma() + " " + lemma, ""))) {
            return "";
        }
        String single = WORDS.getOrDefault(lemma, "");
        return isKind(single) ? single : "";
    }

    private static boolean isKind(String group) {
        return !group.isEmpty() && Character.isLowerCase(group.charAt(0));
    }

    /** The longest entry of the SEPARATE group starting at position {@code k}, as lower-case words; empty when none. */
    private static String phraseAt(List<Integer> own, int k, List<Token> tokens) {
        String found = "";
        StringBuilder words = new StringBuilder();
        for (int n = 0; n < LONGEST_ENTRY && k + n < own.size(); n++) {
            words.append(n == 0 ? "" : " ").append(tokens.get(own.get(k + n)).lower());
            if ("SEPARATE".equals(WORDS.get(words.toString()))) {
                found = words.toString();
            }
        }
        return found;
    }

    /** Whether the event noun heads a noun phrase with a definite determiner: "the attack", "these raids". */
    private static boolean definite(Syntax syntax, int token, List<Token> tokens) {
        return syntax.nounPhraseAt(token).filter(np -> np.head() == token && np.determiner() >= 0)
                .map(NounPhrase::determiner)
                .map(d -> "ANAPHOR_DETERMINER".equals(WORDS.get(tokens.get(d).lower())))
                .orElse(false);
    }

    private static Told at(Map<Integer, Told> byClause, Syntax syntax, List<Token> tokens, Span span) {
        return byClause.get(clauseOf(syntax, TokenWindows.indexAt(tokens, span.start())));
    }

    /** The index of the innermost clause covering the token, or -1 when none does. */
    private static int clauseOf(Syntax syntax, int token) {
        return syntax.clauseAt(token).map(Clause::index).orElse(-1);
    }

    /** What one clause says of its event. */
    private static final class Told {
        final List<Integer> tokens = new ArrayList<>();
        final List<PlaceMention> places = new ArrayList<>();
        final List<Integer> quantities = new ArrayList<>();
        final Set<String> kinds = new LinkedHashSet<>();
        String day = "";
        boolean separate;
        boolean anaphor;

        boolean silent() {
            return silentBesidesSeparate() && !separate;
        }

        boolean silentBesidesSeparate() {
            return kinds.isEmpty() && day.isEmpty() && places.isEmpty() && !anaphor;
        }
    }

    /** An event as it is being told. */
    private static final class Narration {
        final int sentence;
        final List<PlaceMention> places = new ArrayList<>();
        final List<Integer> quantities = new ArrayList<>();
        final Set<String> kinds = new LinkedHashSet<>();
        String day = "";

        Narration(int sentence) {
            this.sentence = sentence;
        }

        void add(Told told) {
            kinds.addAll(told.kinds);
            day = day.isEmpty() ? told.day : day;
            places.addAll(told.places);
        }
    }
}
