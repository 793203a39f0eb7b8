package org.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads files and folders into articles: plain text ({@code .txt} and anything unrecognised), JSON
 * ({@code .json}: one article object or an array of them) and JSONL feeds ({@code .jsonl}: one article
 * object per line).
 *
 * <p>A JSON article has its text in {@code text}, {@code body} or {@code content}, and optionally
 * {@code id}, {@code title}, {@code source}/{@code outlet}, {@code url}, {@code published}. Folders are
 * walked recursively in name order, taking {@code .txt}, {@code .json} and {@code .jsonl} files.
 *
 * <p>Nothing here throws for a bad input: every problem becomes a {@link ReadResult.Failed} naming the
 * file (and line for JSONL), so a batch reports it and carries on.
 */
public final class ArticleReader {

    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    private static final List<String> METADATA_FIELDS = List.of("title", "source", "outlet", "url", "published");

    private final long maxBytes;

    /**
     * Creates a reader.
     *
     * @param maxBytes files larger than this are refused with an error instead of read
     */
    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads every article under {@code path}, a file or a folder, in a stable order. */
    public List<ReadResult> read(Path path) {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        return readFile(path);
    }

    private List<ReadResult> readFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(ArticleReader::isArticleFile).sorted().toList();
        } catch (IOException e) {
            return List.of(failed(folder, "cannot list folder: " + e.getMessage(), "check the path and its permissions"));
        }
        List<ReadResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(readFile(file));
        }
        return results;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".expected.json")) {
            return false;
        }
        return name.endsWith(".txt") || name.endsWith(".json") || name.endsWith(".jsonl");
    }

    private List<ReadResult> readFile(Path file) {
        String text;
        try {
            text = decode(file);
        } catch (InputException e) {
            return List.of(new ReadResult.Failed(idOf(file), file.toString(), e));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            return readJsonLines(file, text);
        }
        if (name.endsWith(".json")) {
            return readJson(file, text);
        }
        if (text.isBlank()) {
            return List.of(failed(file, "the file is empty", "an article needs some text"));
        }
        return List.of(new ReadResult.Loaded(Article.of(idOf(file), file.toString(), text)));
    }

    private String decode(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputException(Location.of(file.toString()),
                        "the file is " + size + " bytes, over the limit of " + maxBytes,
                        "raise the limit with --max-bytes or split the file", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(Location.of(file.toString()), "cannot read: " + e.getMessage(),
                    "check that the file exists and is readable", e);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputException(Location.of(file.toString()), "binary file (contains NUL bytes)",
                        "claimcheck reads text, HTML, JSON and JSONL", null);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Older newsroom exports are often Windows-1252; reading them as such loses nothing printable.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private List<ReadResult> readJsonLines(Path file, String text) {
        List<ReadResult> results = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            String fallbackId = idOf(file) + ":" + lineNumber;
            String origin = file + ":" + lineNumber;
            try {
                results.add(articleFrom(Json.mapper().readTree(line), fallbackId, origin));
            } catch (JsonProcessingException e) {
                results.add(new ReadResult.Failed(fallbackId, origin, new InputException(
                        new Location(file.toString(), lineNumber, e.getLocation() == null ? 0 : e.getLocation().getColumnNr()),
                        "malformed JSON: " + e.getOriginalMessage(), "each line must be one JSON object", e)));
            }
        }
        if (results.isEmpty()) {
            results.add(failed(file, "the feed has no articles", "a JSONL feed holds one JSON object per line"));
        }
        return results;
    }

    private List<ReadResult> readJson(Path file, String text) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return List.of(new ReadResult.Failed(idOf(file), file.toString(), new InputException(
                    new Location(file.toString(), line, column), "malformed JSON: " + e.getOriginalMessage(),
                    "fix the JSON syntax at that position", e)));
        }
        if (root == null || root.isMissingNode()) {
            return List.of(failed(file, "the file is empty", "an article needs some text"));
        }
        if (!root.isArray()) {
            return List.of(articleFrom(root, idOf(file), file.toString()));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(articleFrom(root.get(i), idOf(file) + "#" + (i + 1), file + "#" + (i + 1)));
        }
        return results;
    }

    private static ReadResult articleFrom(JsonNode node, String fallbackId, String origin) {
        String id = node.hasNonNull("id") ? node.get("id").asText() : fallbackId;
        if (id.isBlank()) {
            id = fallbackId;
        }
        if (!node.isObject()) {
            return new ReadResult.Failed(id, origin, new InputException(Location.of(origin),
                    "expected a JSON object, found " + node.getNodeType().toString().toLowerCase(Locale.ROOT),
                    "an article is an object with a \"text\" field", null));
        }
        String text = TEXT_FIELDS.stream().filter(node::hasNonNull).map(f -> node.get(f).asText()).findFirst().orElse("");
        if (text.isBlank()) {
            return new ReadResult.Failed(id, origin, new InputException(Location.of(origin),
                    "the article has no text", "put the article in a \"text\", \"body\" or \"content\" field", null));
        }
        Map<String, String> metadata = new java.util.LinkedHashMap<>();
        for (String field : METADATA_FIELDS) {
            if (node.hasNonNull(field)) {
                metadata.put(field, node.get(field).asText());
            }
        }
        return new ReadResult.Loaded(new Article(id, origin, TextNormalizer.normalize(text), metadata));
    }

    private static ReadResult failed(Path file, String message, String hint) {
        return new ReadResult.Failed(idOf(file), file.toString(), new InputException(Location.of(file.toString()), message, hint, null));
    }

    private static String idOf(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return file.toString();
        }
        String base = name.toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
