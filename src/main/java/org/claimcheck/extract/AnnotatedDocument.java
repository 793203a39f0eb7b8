package org.claimcheck.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimcheck.input.Article;
import org.claimcheck.input.Span;

/**
 * One article and the annotation layers stages have added to it.
 *
 * <p>The document owns the text; a layer is a list of records, each pointing into the text with a
 * {@link Span}. Quoted evidence is always {@link #text(Span)}, never a copied string. A document is
 * filled by one thread running a {@link Pipeline} and only read afterwards.
 */
public final class AnnotatedDocument {

    private final Article article;
    private final Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();

    /** Creates a document with no layers yet. */
    public AnnotatedDocument(Article article) {
        this.article = article;
    }

    /** Returns the article. */
    public Article article() {
        return article;
    }

    /** Returns the normalized text. */
    public String text() {
        return article.text();
    }

    /** Returns the text covered by {@code span}. */
    public String text(Span span) {
        return article.text(span);
    }

    /** Returns whether the layer has been added. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /**
     * Returns a layer's records.
     *
     * @throws IllegalStateException when no stage has provided the layer yet
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        List<?> records = layers.get(layer);
        if (records == null) {
            throw new IllegalStateException("layer '" + layer + "' has not been provided; has " + layers.keySet());
        }
        return (List<T>) records;
    }

    /**
     * Adds a layer.
     *
     * @throws IllegalStateException when the layer is already present: each layer has exactly one author
     */
    public <T> void put(Layer<T> layer, List<T> records) {
        if (layers.putIfAbsent(layer, List.copyOf(records)) != null) {
            throw new IllegalStateException("layer '" + layer + "' was provided twice");
        }
    }
}
