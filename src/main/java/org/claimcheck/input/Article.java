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

    /**
     * Creates an article by reading its text from {@code reader}, normalizing it.
     *
     * @param id the id reports show
     * @param origin where the text came from, for messages
     * @param metadata {@code title}, {@code outlet}, {@code url}, {@code published} (ISO 8601), or empty
     * @throws InputException when the reader fails, naming {@code origin}
     */
    public static Article read(String id, String origin, java.io.Reader reader, Map<String, String> metadata) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (java.io.IOException e) {
            throw new InputException(Location.of(origin), "cannot read the article: " + e.getMessage(),
                    "check the source the reader reads from", e);
        }
        return new Article(id, origin, TextNormalizer.normalize(text.toString()), metadata);
    }

    /** Returns the text covered by {@code span}. */
    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }
}
