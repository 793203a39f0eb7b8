package org.claimcheck.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an article from a JSON object: its text from {@code text}, {@code body} or {@code content}, and
 * {@code id}, {@code title}, {@code source}/{@code outlet}, {@code url}, {@code published} when present.
 */
final class JsonArticles {

    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    private static final List<String> METADATA_FIELDS = List.of("title", "source", "outlet", "url", "published", "byline");

    private JsonArticles() {
    }

    static ReadResult fromNode(JsonNode node, String fallbackId, String origin) {
        String id = node.hasNonNull("id") && !node.get("id").asText().isBlank() ? node.get("id").asText() : fallbackId;
        if (!node.isObject()) {
            return new ReadResult.Failed(id, origin, new InputException(Location.of(origin),
                    "expected a JSON object, found " + node.getNodeType().toString().toLowerCase(Locale.ROOT),
                    "an article is an object with a \"text\" field", null));
        }
        java.util.Optional<String> textField = TEXT_FIELDS.stream().filter(node::hasNonNull).findFirst();
        if (textField.isPresent() && !node.get(textField.get()).isTextual()) {
            // "text": 12345 or "text": true is a feed bug, not an article about the number 12345
            return new ReadResult.Failed(id, origin, new InputException(Location.of(origin),
                    "\"" + textField.get() + "\" is " + kind(node.get(textField.get())) + ", not a string",
                    "the article's text must be a JSON string", null));
        }
        String text = textField.map(f -> node.get(f).asText()).orElse("");
        if (text.isBlank()) {
            return new ReadResult.Failed(id, origin, new InputException(Location.of(origin),
                    "the article has no text", "put the article in a \"text\", \"body\" or \"content\" field", null));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String field : METADATA_FIELDS) {
            if (node.hasNonNull(field)) {
                metadata.put(field, node.get(field).asText());
            }
        }
        return new ReadResult.Loaded(new Article(id, origin, TextNormalizer.normalize(text), metadata));
    }

    private static String kind(JsonNode value) {
        String type = value.getNodeType().toString().toLowerCase(Locale.ROOT);
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
