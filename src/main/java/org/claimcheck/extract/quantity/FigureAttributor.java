package org.claimcheck.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.attribution.Attribution;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.SourceEntity;
import org.claimcheck.extract.attribution.SourceResolver;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.place.PlaceMention;
import org.claimcheck.extract.syntax.PartOfSpeechTagger;
import org.claimcheck.extract.syntax.TaggedWord;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.extract.time.TimeExpression;
import org.claimcheck.extract.time.TimeExpressionFinder;
import org.claimcheck.extract.time.TimeKind;
import org.claimcheck.facts.SourceKind;
import org.claimcheck.facts.Stance;
import org.claimcheck.facts.Unit;
import org.claimcheck.input.Span;

/**
 * Decides, for every figure, the attribution that gives it, the place and time it is for, its stance and
 * whether its speaker is an interested party. Place and time come from the figure's own clause, never from
 * elsewhere in the article.
 *
 * <p>Work is per sentence: attributions and places are grouped by sentence once, so a document of n
 * sentences costs O(n) however many figures it holds.
 */
public final class FigureAttributor implements Stage {

    /** The figure-attribution layer, one record per quantity, in quantity order. */
    public static final Layer<FigureAttribution> FIGURE_ATTRIBUTIONS = new Layer<>("figure-attributions",
            FigureAttribution.class);

    private static final Set<String> POSSESSIVES = Vocabulary.words("its", "their", "our", "we", "us");
    private static final Set<String> SUBJECTS = Vocabulary.words("it", "they");
    private static final Set<String> SPOKESPEOPLE_OF = Vocabulary.words("its", "their");
    /** How many tokens before a figure a subject pronoun may stand ("it sold 1.2 million"). */
    private static final int SUBJECT_REACH = 3;
    private static final Set<String> CHANGE_VERBS = Set.copyOf(WordList.load("quantity/change-verbs.txt"));
    private static final Set<String> TO = Vocabulary.words("to");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED, PlaceExtractor.PLACES, TimeExpressionFinder.TIMES, AttributionExtractor.ATTRIBUTIONS,
                SourceResolver.SOURCES, QuantityExtractor.QUANTITIES);
    }

    @Override
    public Layer<?> provides() {
        return FIGURE_ATTRIBUTIONS;
    }

    @Override
    public void annotate(AnnotatedDocument doc) {
        int sentences = doc.get(SentenceSplitter.SENTENCES).size();
        List<List<Attribution>> attributions = bySentence(doc.get(AttributionExtractor.ATTRIBUTIONS), sentences,
                Attribution::sentence);
        List<List<PlaceMention>> places = bySentence(doc.get(PlaceExtractor.PLACES), sentences, PlaceMention::sentence);
        List<List<TimeExpression>> times = bySentence(doc.get(TimeExpressionFinder.TIMES), sentences,
                TimeExpression::sentence);
        SourceEntity[] speakerOf = new SourceEntity[doc.get(AttributionExtractor.ATTRIBUTIONS).size()];
        for (SourceEntity e : doc.get(SourceResolver.SOURCES)) {
            for (int attribution : e.attributions()) {
                speakerOf[attribution] = e;
            }
        }
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<TaggedWord> tagged = doc.get(PartOfSpeechTagger.TAGGED);
        List<FigureAttribution> found = new ArrayList<>();
        for (QuantityMention q : doc.get(QuantityExtractor.QUANTITIES)) {
            Attribution a = innermost(attributions.get(q.sentence()), q.number().span());
            PlaceMention place = placeOf(q, places.get(q.sentence()), a);
            boolean newValue = givesNewValue(tokens, tagged, q);
            TimeExpression when = nearestInClause(q, times.get(q.sentence()).stream()
                    .filter(t -> dates(t, q, newValue)).toList(), TimeExpression::span);
            SourceEntity speaker = a == null ? null : speakerOf[a.index()];
            boolean interested = speaker != null && interested(doc, tokens, a, speaker, q.number().span());
            found.add(new FigureAttribution(q.index(), a == null ? -1 : a.index(), place == null ? -1 : place.index(),
                    when == null ? -1 : when.index(), stanceOf(q, a), interested));
        }
        doc.put(FIGURE_ATTRIBUTIONS, found);
    }

    private static <T> List<List<T>> bySentence(List<T> records, int sentences,
            java.util.function.ToIntFunction<T> sentenceOf) {
        List<List<T>> grouped = new ArrayList<>(sentences);
        for (int i = 0; i < sentences; i++) {
            grouped.add(new ArrayList<>());
        }
        for (T r : records) {
            grouped.get(sentenceOf.applyAsInt(r)).add(r);
        }
        return grouped;
    }

    private static Attribution innermost(List<Attribution> attributions, Span number) {
        Attribution best = null;
        for (Attribution a : attributions) {
            if (a.content().contains(number) && (best == null || a.content().length() < best.content().length())) {
                best = a;
            }
        }
        return best;
    }

    /**
     * The place named in the figure's clause nearest to it, leaving out the speaker's own description. A
     * partitive share ("300 of whom are in X") takes only a place named after it: the place before it
     * belongs to its total. A place of origin ("fled from X") is where the counted came from, not where
     * the figure is, and is never taken.
     */
    private static PlaceMention placeOf(QuantityMention q, List<PlaceMention> places, Attribution a) {
        PlaceMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PlaceMention p : places) {
            boolean inClause = !p.origin() && q.clause().contains(p.span()) && (a == null || !a.speaker().overlaps(p.span()))
                    && (q.partOf() < 0 || p.span().start() > q.number().span().start());
            int distance = Math.abs(p.span().start() - q.number().span().start());
            if (inClause && distance < bestDistance) {
                best = p;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a time expression can scope the figure. A day dates an event, so it scopes a count of what
     * happened ("killed four people on Sunday"); a sum or a share named on a day ("on Thursday she defended
     * the €950 million budget") is dated by the statement, not by what it measures, and so is a new value
     * of a count ("the toll rose to 19 on Wednesday"). A stretch or a cumulative scope ("since 2011") scopes
     * every kind of figure.
     */
    private static boolean dates(TimeExpression time, QuantityMention q, boolean newValue) {
        return time.kind() != TimeKind.DAY || q.number().unit() == Unit.COUNT && !newValue;
    }

    /** Whether the figure is the new value of a count: "rose to 19", "climbed to 30", "reached 40". */
    private static boolean givesNewValue(List<Token> tokens, List<TaggedWord> tagged, QuantityMention q) {
        int first = firstTokenAt(tokens, q.number().span().start());
        int verb = first > 0 && TO.contains(tokens.get(first - 1).lower()) ? first - 2 : first - 1;
        return verb >= 0 && tokens.get(verb).sentence() == q.sentence()
                && CHANGE_VERBS.contains(tagged.get(verb).lemma());
    }

    /** Index of the first token starting at or after {@code offset}, by binary search. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The record of the figure's clause whose span starts nearest the number, or null when none. */
    private static <T> T nearestInClause(QuantityMention q, List<T> candidates, Function<T, Span> spanOf) {
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T c : candidates) {
            Span span = spanOf.apply(c);
            int distance = Math.abs(span.start() - q.number().span().start());
            if (q.clause().contains(span) && !span.overlaps(q.number().span()) && distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether the speaker has a stake in the figure: it organises the event counted ("organisers said
     * 38,500 runners took part"), speaks for the subject ("…, its leader said"), or the figure is about
     * itself (see {@link #mentionsItself}). A person speaking only for themselves is not counted.
     */
    private static boolean interested(AnnotatedDocument doc, List<Token> tokens, Attribution a, SourceEntity e,
            Span number) {
        String[] speaker = doc.text(a.speaker()).toLowerCase(java.util.Locale.ROOT).split("\\s+", 2);
        boolean speaksForSubject = speaker.length > 1 && SPOKESPEOPLE_OF.contains(speaker[0]);
        return e.organiser() || speaksForSubject
                || e.kind() != SourceKind.PERSON && mentionsItself(tokens, a.content(), number);
    }

    /**
     * Whether the reported figure is about its own speaker: a possessive or first-person pronoun in the
     * reported content ("its rally", "our members"), or a subject pronoun just before the figure ("it sold
     * 1.2 million", "they had killed 300").
     */
    private static boolean mentionsItself(List<Token> tokens, Span content, Span number) {
        int before = 0;
        for (int k = lastTokenBefore(tokens, content.end()); k >= 0 && tokens.get(k).span().start() >= content.start(); k--) {
            Token t = tokens.get(k);
            if (POSSESSIVES.contains(t.lower())) {
                return true;
            }
            if (t.span().end() <= number.start() && before++ < SUBJECT_REACH && SUBJECTS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Index of the last token ending at or before {@code offset}, by binary search; -1 when none. */
    private static int lastTokenBefore(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().end() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static Stance stanceOf(QuantityMention q, Attribution a) {
        if (q.conditional()) {
            return Stance.CONDITIONAL;
        }
        if (q.projected()) {
            return Stance.HEDGED;
        }
        return a == null ? Stance.ASSERTED : a.stance();
    }
}
