package org.claimcheck.input;

import java.util.Map;
import java.util.Objects;

/**
 * One news article ready for extraction: an id, where it came from, and its normalized text.
 *
 * <p>The text is normalized once (see {@link TextNormalizer}) and never changes afterwards, so every
 * {@link Span} computed on it stays valid.
 *
 * @param id stable identifier shown in reports: the file name without extension, or the {@code id} of a
 *     JSON record
 * @param origin where the article was read from: a path, {@code path:line} for a JSONL record, or a label
 *     given by an embedder
 * @param text the normalized article text
 * @param metadata optional fields such as {@code title}, {@code outlet}, {@code url}, {@code published};
 *     empty when none
 */
public record Article(String id, String origin, String text, Map<String, String> metadata) {

    /**
     * Validates and copies the components.
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when {@code id} is blank
     */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        metadata = Map.copyOf(metadata);
    }

    /** Creates an article from raw text, normalizing it; {@code origin} doubles as a label. */
    public static Article of(String id, String origin, String rawText) {
        return new Article(id, origin, TextNormalizer.normalize(rawText), Map.of());
    }

    /** Returns the text covered by {@code span}. */
    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }
}
