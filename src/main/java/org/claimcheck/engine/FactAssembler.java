package org.claimcheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.attribution.Attribution;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.Response;
import org.claimcheck.extract.attribution.ResponseLinker;
import org.claimcheck.extract.attribution.SourceEntity;
import org.claimcheck.extract.attribution.SourceResolver;
import org.claimcheck.extract.event.EventSegmenter;
import org.claimcheck.extract.event.NarratedEvent;
import org.claimcheck.extract.place.Gazetteer;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.place.PlaceMention;
import org.claimcheck.extract.quantity.FigureAttribution;
import org.claimcheck.extract.quantity.FigureAttributor;
import org.claimcheck.extract.quantity.NumberPhrase;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.quantity.QuantityMention;
import org.claimcheck.extract.text.SentenceSpan;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.time.PublicationDay;
import org.claimcheck.extract.time.TimeExpression;
import org.claimcheck.extract.time.TimeExpressionFinder;
import org.claimcheck.extract.time.TimeKind;
import org.claimcheck.facts.Claim;
import org.claimcheck.facts.Containment;
import org.claimcheck.facts.Document;
import org.claimcheck.facts.Event;
import org.claimcheck.facts.Place;
import org.claimcheck.facts.Quantity;
import org.claimcheck.facts.Reaction;
import org.claimcheck.facts.Sentence;
import org.claimcheck.facts.Source;
import org.claimcheck.facts.SourceKind;

/**
 * Turns an annotated document into the facts rules match on.
 *
 * <p>A mechanical mapping from layers to records: the language work (which place and source a figure has,
 * what a claim is about) is done by extraction stages; this class only copies their decisions into facts
 * and numbers them as rules expect (1-based ids, 0 for "none").
 */
public final class FactAssembler {

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
        List<Claim> claims = new ArrayList<>();
        for (Attribution a : doc.get(AttributionExtractor.ATTRIBUTIONS)) {
            SourceEntity e = speakerOf.get(a.index());
            claims.add(new Claim(id, a.index() + 1, a.sentence(), a.claimSpan(), doc.text(a.claimSpan()), a.cue(),
                    a.form(), a.stance(), a.anaphoric(), e == null ? 0 : e.id(), e == null ? "" : e.name(),
                    e == null ? SourceKind.UNKNOWN : e.kind(), e == null ? 0 : e.family(), a.topic()));
        }
        List<Reaction> reactions = new ArrayList<>();
        for (Response r : doc.get(ResponseLinker.RESPONSES)) {
            reactions.add(new Reaction(id, r.target() + 1, r.attribution() + 1, r.sharedWords(), r.matter() + 1));
        }
        List<PlaceMention> placeMentions = doc.get(PlaceExtractor.PLACES);
        Map<String, Place> places = places(doc, placeMentions);
        List<QuantityMention> mentions = doc.get(QuantityExtractor.QUANTITIES);
        ThingKinds kinds = ThingKinds.of(mentions.stream().map(QuantityMention::thing).toList());
        List<Quantity> quantities = new ArrayList<>();
        List<FigureAttribution> figures = doc.get(FigureAttributor.FIGURE_ATTRIBUTIONS);
        List<TimeExpression> times = doc.get(TimeExpressionFinder.TIMES);
        List<Event> events = new ArrayList<>();
        int[] eventOf = new int[mentions.size()];
        for (NarratedEvent e : doc.get(EventSegmenter.EVENTS)) {
            events.add(new Event(id, e.index() + 1, e.sentence(), e.kinds(), e.day(), e.places(), e.country()));
            for (int q : e.quantities()) {
                eventOf[q] = e.index() + 1;
            }
        }
        for (QuantityMention q : mentions) {
            FigureAttribution f = figures.get(q.index());
            SourceEntity e = f.attribution() < 0 ? null : speakerOf.get(f.attribution());
            PlaceMention place = f.place() < 0 ? null : placeMentions.get(f.place());
            TimeExpression when = f.when() < 0 ? null : times.get(f.when());
            NumberPhrase n = q.number();
            ThingKinds.Kind kind = kinds.of(q.thing());
            quantities.add(new Quantity(id, q.index() + 1, q.sentence(), n.span(), doc.text(n.span()), n.low(), n.high(),
                    n.lowInclusive(), n.highInclusive(), n.approximate(), n.vague(), n.unit(), n.unitName(), n.numberClass(),
                    q.thing(),
                    doc.text(q.thingSpan()), q.modifiers(), kind.population(), kind.comparableThings(),
                    ThingKinds.subsets(q.modifiers()), q.measure(), place == null ? "" : place.key(),
                    place != null && place.national(), q.time(), day(when), scope(when), q.period(), q.part(), q.partOf() + 1, q.update(),
                    q.projected(), q.conditional(), f.stance(), e == null ? 0 : e.id(), e == null ? "" : e.name(),
                    e == null ? 0 : e.family(), f.selfReported(), 0, eventOf[q.index()]));
        }
        quantities = withRepeats(quantities);
        List<Quantity> numbers = quantities.stream().filter(q -> !q.amount()).toList();
        quantities = quantities.stream().filter(Quantity::amount).toList();
        Map<String, String> meta = doc.article().metadata();
        String published = meta.getOrDefault("published", "");
        Document about = new Document(id, meta.getOrDefault("outlet", meta.getOrDefault("source", "")),
                published.isEmpty() ? PublicationDay.of(doc).published().map(LocalDate::toString).orElse("") : published,
                meta.getOrDefault("title", ""), 0);
        return new DocumentFacts(id, about, sentences, quantities, numbers, sources, claims, reactions, List.copyOf(places.values()),
                containments(id, placeMentions, places), events);
    }

    /** Marks every figure that repeats an earlier one in substance with that one's id (see {@link Quantity#repeatOf}). */
    private static List<Quantity> withRepeats(List<Quantity> quantities) {
        Map<List<Object>, Integer> first = new HashMap<>();
        List<Quantity> marked = new ArrayList<>(quantities.size());
        for (Quantity q : quantities) {
            List<Object> key = List.of(q.family(), q.low(), q.high(), q.lowInclusive(), q.highInclusive(), q.unit(),
                    q.unitName(), q.numberClass(), q.thing(), q.modifiers(), q.measure(), q.place(), q.time(), q.day(),
                    q.scope(), q.period(), q.part(), q.partOf(), q.update(), q.projected(), q.conditional(), q.event());
            Integer earlier = first.putIfAbsent(key, q.id());
            marked.add(earlier == null ? q : q.repeating(earlier));
        }
        return marked;
    }

    private static String day(TimeExpression when) {
        return when != null && when.kind() == TimeKind.DAY ? when.value() : "";
    }

    private static String scope(TimeExpression when) {
        return when != null && when.kind() != TimeKind.DAY ? when.value() : "";
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
}
