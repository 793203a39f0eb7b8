package org.claimcheck.extract;

import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.attribution.Attribution;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.SourceEntity;
import org.claimcheck.extract.attribution.SourceResolver;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.place.PlaceMention;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.quantity.QuantityMention;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.input.Article;
import org.claimcheck.input.Span;

/** Runs the standard pipeline over a test sentence and reads its layers as quoted text. */
public final class Annotations {

    private Annotations() {
    }

    /** Returns the document the standard pipeline makes of {@code text}. */
    public static AnnotatedDocument annotate(String text) {
        return Pipeline.standard().run(Article.of("test", "test", text));
    }

    /** Returns the text of each sentence. */
    public static List<String> sentences(AnnotatedDocument document) {
        return document.get(SentenceSplitter.SENTENCES).stream().map(s -> document.text(s.span())).toList();
    }

    /** Returns the only attribution whose cue reads {@code cue}, ignoring case. */
    public static Attribution attribution(AnnotatedDocument document, String cue) {
        List<Attribution> matching = document.get(AttributionExtractor.ATTRIBUTIONS).stream()
                .filter(a -> document.text(a.cue()).equalsIgnoreCase(cue)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one attribution with cue '" + cue + "' but found " + matching.size()
                    + " in " + describe(document));
        }
        return matching.get(0);
    }

    /** Returns the attribution whose cue reads {@code cue}, if there is one. */
    public static Optional<Attribution> findAttribution(AnnotatedDocument document, String cue) {
        return document.get(AttributionExtractor.ATTRIBUTIONS).stream()
                .filter(a -> document.text(a.cue()).equalsIgnoreCase(cue)).findFirst();
    }

    /** Returns the party that speaks the attribution with index {@code attribution}. */
    public static SourceEntity speakerOf(AnnotatedDocument document, int attribution) {
        return document.get(SourceResolver.SOURCES).stream().filter(s -> s.attributions().contains(attribution))
                .findFirst().orElseThrow(() -> new AssertionError("no source speaks attribution " + attribution));
    }

    /** Returns the only quantity whose number phrase reads {@code number}. */
    public static QuantityMention quantity(AnnotatedDocument document, String number) {
        List<QuantityMention> matching = document.get(QuantityExtractor.QUANTITIES).stream()
                .filter(q -> document.text(q.number().span()).equals(number)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one quantity '" + number + "' but found " + matching.size());
        }
        return matching.get(0);
    }

    /** Returns the text of every place mention. */
    public static List<String> places(AnnotatedDocument document) {
        return document.get(PlaceExtractor.PLACES).stream().map(p -> document.text(p.span())).toList();
    }

    /** Returns the only place mention whose span reads {@code name}. */
    public static PlaceMention place(AnnotatedDocument document, String name) {
        List<PlaceMention> matching = document.get(PlaceExtractor.PLACES).stream()
                .filter(p -> document.text(p.span()).equals(name)).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one place '" + name + "' but found " + places(document));
        }
        return matching.get(0);
    }

    /** Returns the text of {@code span}. */
    public static String text(AnnotatedDocument document, Span span) {
        return document.text(span);
    }

    private static String describe(AnnotatedDocument document) {
        StringBuilder out = new StringBuilder();
        for (Attribution a : document.get(AttributionExtractor.ATTRIBUTIONS)) {
            out.append("[cue '").append(document.text(a.cue())).append("', ").append(a.stance()).append(", speaker '")
                    .append(document.text(a.speaker())).append("', content '").append(document.text(a.content()))
                    .append("'] ");
        }
        return out.toString();
    }
}
