package org.claimcheck.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Attribution;
import org.claimcheck.extract.AttributionExtractor;
import org.claimcheck.extract.Gazetteer;
import org.claimcheck.extract.NumberPhrase;
import org.claimcheck.extract.PlaceExtractor;
import org.claimcheck.extract.PlaceMention;
import org.claimcheck.extract.QuantityExtractor;
import org.claimcheck.extract.QuantityMention;
import org.claimcheck.extract.Response;
import org.claimcheck.extract.ResponseLinker;
import org.claimcheck.extract.SentenceSpan;
import org.claimcheck.extract.SentenceSplitter;
import org.claimcheck.extract.SourceEntity;
import org.claimcheck.facts.SourceKind;
import org.claimcheck.extract.SourceResolver;
import org.claimcheck.facts.Stance;
import org.claimcheck.extract.Token;
import org.claimcheck.extract.Tokenizer;
import org.claimcheck.extract.Topic;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Document;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Reaction;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;
import org.claimcheck.input.Span;

/**
 * Turns an annotated document into the facts rules match on.
 *
 * <p>This is where layers meet: a quantity gets the place named in its clause and the source of the
 * innermost attribution holding it; a claim gets its speaker's source.
 */
public final class FactAssembler {

    private static final Set<String> POSSESSIVES = Set.of("its", "their", "our", "we", "us");
    private static final Set<String> SUBJECTS = Set.of("it", "they");

    private final Gazetteer gazetteer;

    /** Creates an assembler that takes place containment from {@code gazetteer}. */
    public FactAssembler(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Returns every fact of the document, grouped by type. */
    public DocumentFacts assemble(AnnotatedDocument doc) {
        String id = doc.article().id();
        List<Sentence> sentences = new ArrayList<>();
        for (SentenceSpan s : doc.get(SentenceSplitter.SENTENCES)) {
            sentences.add(new Sentence(id, s.index(), s.span(), doc.text(s.span())));
        }
        List<Source> sources = new ArrayList<>();
        Map<Integer, SourceEntity> speakerOf = new HashMap<>();
        for (SourceEntity e : doc.get(SourceResolver.SOURCES)) {
            sources.add(new Source(id, e.id(), e.name(), e.kind(), e.family(), e.aliases()));
            for (int attribution : e.attributions()) {
                speakerOf.put(attribution, e);
            }
        }
        List<Attribution> attributions = doc.get(AttributionExtractor.ATTRIBUTIONS);
        List<Token> tokens = doc.get(Tokenizer.TOKENS);
        List<Claim> claims = new ArrayList<>();
        for (Attribution a : attributions) {
            SourceEntity e = speakerOf.get(a.index());
            claims.add(new Claim(id, a.index() + 1, a.sentence(), a.claimSpan(), doc.text(a.claimSpan()), a.cue(),
                    a.stance(), a.anaphoric(), e == null ? 0 : e.id(), e == null ? "" : e.name(),
                    e == null ? 0 : e.family(), Topic.of(tokens, a.content())));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (Response r : doc.get(ResponseLinker.RESPONSES)) {
            reactions.add(new Reaction(id, r.target() + 1, r.attribution() + 1, r.sharedWords()));
        }
        List<PlaceMention> placeMentions = doc.get(PlaceExtractor.PLACES);
        Map<String, Place> places = places(doc, placeMentions);
        List<QuantityMention> mentions = doc.get(QuantityExtractor.QUANTITIES);
        ThingKinds kinds = ThingKinds.of(mentions.stream().map(QuantityMention::thing).toList());
        List<Quantity> quantities = new ArrayList<>();
        for (QuantityMention q : mentions) {
            Attribution a = innermost(attributions, q.number().span());
            SourceEntity e = a == null ? null : speakerOf.get(a.index());
            PlaceMention place = placeOf(q, placeMentions, a);
            NumberPhrase n = q.number();
            ThingKinds.Kind kind = kinds.of(q.thing());
            quantities.add(new Quantity(id, q.index() + 1, q.sentence(), n.span(), doc.text(n.span()), n.low(), n.high(),
                    n.lowInclusive(), n.highInclusive(), n.approximate(), n.vague(), n.unit(), n.unitName(), q.thing(),
                    doc.text(q.thingSpan()), q.modifiers(), kind.population(), kind.comparableThings(),
                    ThingKinds.subsets(q.modifiers()), q.measure(), place == null ? "" : place.key(),
                    place != null && place.national(), q.time(), q.period(), q.part(), q.partOf() + 1, q.update(),
                    q.projected(), q.conditional(), stanceOf(q, a), e == null ? 0 : e.id(), e == null ? "" : e.name(),
                    e == null ? 0 : e.family(), e != null && interested(doc, tokens, a, e, n.span())));
        }
        Map<String, String> meta = doc.article().metadata();
        Document about = new Document(id, meta.getOrDefault("outlet", meta.getOrDefault("source", "")),
                meta.getOrDefault("published", ""), meta.getOrDefault("title", ""), 0);
        return new DocumentFacts(id, about, sentences, quantities, sources, claims, reactions, List.copyOf(places.values()),
                containments(id, placeMentions, places));
    }

    private static Map<String, Place> places(AnnotatedDocument doc, List<PlaceMention> mentions) {
        Map<String, Place> places = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            if (!m.national() && !m.key().isEmpty()) {
                places.putIfAbsent(m.key(), new Place(doc.article().id(), m.key(), m.code(), m.sentence(), m.span(),
                        doc.text(m.span())));
            }
        }
        return places;
    }

    private List<Containment> containments(String id, List<PlaceMention> mentions, Map<String, Place> places) {
        List<Containment> found = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (!m.containerKey().isEmpty()) {
                found.add(new Containment(id, m.containerKey(), m.key(), "text"));
            }
        }
        for (Place outer : places.values()) {
            for (Place inner : places.values()) {
                if (!outer.code().isEmpty() && !inner.code().isEmpty() && gazetteer.contains(outer.code(), inner.code())) {
                    found.add(new Containment(id, outer.key(), inner.key(), "gazetteer"));
                }
            }
        }
        return found.stream().distinct().toList();
    }

    private static Attribution innermost(List<Attribution> attributions, Span number) {
        Attribution best = null;
        for (Attribution a : attributions) {
            boolean holds = a.content().contains(number);
            if (holds && (best == null || a.content().length() < best.content().length())) {
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
            if (!inClause) {
                continue;
            }
            int distance = Math.abs(p.span().start() - q.number().span().start());
            if (distance < bestDistance) {
                best = p;
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
        String speaker = doc.text(a.speaker()).toLowerCase(java.util.Locale.ROOT);
        boolean organiser = e.organiser();
        boolean speaksForSubject = speaker.startsWith("its ") || speaker.startsWith("their ");
        return organiser || speaksForSubject || e.kind() != SourceKind.PERSON && mentionsItself(tokens, a, number);
    }

    /**
     * Whether the reported figure is about its own speaker: a possessive or first-person pronoun in the
     * reported content ("its rally", "our members"), or a subject pronoun just before the figure ("it sold
     * 1.2 million", "they had killed 300").
     */
    private static boolean mentionsItself(List<Token> tokens, Attribution a, Span number) {
        int before = 0;
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!a.content().contains(t.span())) {
                continue;
            }
            if (POSSESSIVES.contains(t.lower())) {
                return true;
            }
            if (t.span().end() <= number.start() && before++ < 3 && SUBJECTS.contains(t.lower())) {
                return true;
            }
        }
        return false;
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
