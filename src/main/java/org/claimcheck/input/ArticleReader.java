package org.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads files, folders and streams into articles: plain text, HTML pages, JSON (one article object or an
 * array) and JSONL feeds (one article object per line, streamed). The format comes from the file name's
 * extension, else from the content ({@link InputFormat#sniff}), unless one is forced.
 *
 * <p>Encodings: a byte-order mark decides; otherwise UTF-8, else whatever ICU's detector finds
 * (Windows-1252, Latin-1…), with a warning; undecodable bytes become U+FFFD with a warning naming the byte
 * offset. Folders are walked recursively in name order, taking files whose extension names a format and
 * that match the include globs (when given) and none of the exclude globs.
 *
 * <p>Nothing here throws for a bad input: every problem becomes a {@link ReadResult.Failed} naming the
 * file (and line, for feeds), so a batch reports it and carries on. Reading is lazy: a feed of any size
 * is held one line at a time.
 */
public final class ArticleReader {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);
    private static final int SNIFF_BYTES = 4096;

    private final long maxBytes;
    private final Optional<InputFormat> forced;
    private final List<PathMatcher> include;
    private final List<PathMatcher> exclude;

    /**
     * Creates a reader that finds each file's format itself and takes every file a folder holds in a
     * known format.
     *
     * @param maxBytes the largest article accepted: a whole file, or one line of a feed
     */
    public ArticleReader(long maxBytes) {
        this(maxBytes, Optional.empty(), List.of(), List.of());
    }

    private ArticleReader(long maxBytes, Optional<InputFormat> forced, List<PathMatcher> include,
            List<PathMatcher> exclude) {
        this.maxBytes = maxBytes;
        this.forced = forced;
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    /** Returns a reader that reads every input as {@code format}, whatever its name or content. */
    public ArticleReader forcing(InputFormat format) {
        return new ArticleReader(maxBytes, Optional.of(format), include, exclude);
    }

    /**
     * Returns a reader whose folder walks keep only files matching one of the {@code include} globs (all
     * files when empty) and none of the {@code exclude} globs, e.g. {@code "**.html"}.
     *
     * @throws IllegalArgumentException naming a glob that does not parse
     */
    public ArticleReader filtering(List<String> includeGlobs, List<String> excludeGlobs) {
        return new ArticleReader(maxBytes, forced, matchers(includeGlobs), matchers(excludeGlobs));
    }

    /** Reads every article under {@code path}, a file or a folder, into a list. */
    public List<ReadResult> read(Path path) {
        List<ReadResult> all = new ArrayList<>();
        stream(path).forEachRemaining(all::add);
        return all;
    }

    /** Reads every article under {@code path}, a file or a folder, lazily and in a stable order. */
    public Iterator<ReadResult> stream(Path path) {
        if (!Files.exists(path)) {
            return List.<ReadResult>of(failed(path.toString(), idOf(path), "no such file or folder",
                    "check the path")).iterator();
        }
        if (!Files.isDirectory(path)) {
            return Files.isRegularFile(path) ? streamFile(path) : List.of(unreadable(path)).iterator();
        }
        List<Path> files;
        try {
            // a link to a folder given as PATH is the folder; inside it, every entry is listed as written
            Path root = path.toRealPath();
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> !Files.isDirectory(f)).map(f -> path.resolve(root.relativize(f)))
                        .filter(f -> wanted(path, f)).sorted().toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.<ReadResult>of(failed(path.toString(), idOf(path), "cannot list folder: " + e.getMessage(),
                    "check the path and its permissions")).iterator();
        }
        return concatenate(files.stream().map(f -> Files.isRegularFile(f) ? streamFile(f) : List.of(unreadable(f)).iterator())
                .iterator());
    }

    /**
     * An input that is there but is no file to read, named for what it is: a dangling link, a link loop, a
     * link to a folder (not followed inside a walk), a named pipe, socket or device (which could block for
     * ever). It is reported like any failed input, so that every input is accounted for.
     */
    private static ReadResult unreadable(Path path) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return failed(path.toString(), idOf(path), isLoop(path) ? "a symbolic link loop"
                    : "a dangling symbolic link: its target does not exist", "fix or remove the link");
        }
        if (Files.isDirectory(path)) {
            return failed(path.toString(), idOf(path), "a link to a folder, not followed inside a folder",
                    "give the linked folder as a PATH of its own to read it");
        }
        return failed(path.toString(), idOf(path), "not a regular file (a named pipe, socket or device), not read",
                "to read a stream, pipe it to standard input: claimcheck check - < PIPE");
    }

    private static boolean isLoop(Path link) {
        try {
            link.toRealPath();
            return false;
        } catch (java.nio.file.FileSystemLoopException e) {
            return true;
        } catch (IOException e) {
            return e.getMessage() != null && e.getMessage().contains("levels of symbolic links");
        }
    }

    /**
     * Returns the results of several sources one after the other, each source opened only when the
     * previous one is exhausted (so a list of feeds is still read one line at a time).
     */
    public static Iterator<ReadResult> concatenate(Iterator<Iterator<ReadResult>> sources) {
        return new Concatenation(sources);
    }

    /**
     * Reads the articles of one stream, such as standard input, named {@code name} in messages. JSONL is
     * streamed; other formats are read whole, up to the size limit.
     */
    public Iterator<ReadResult> stream(String name, InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            InputFormat format = forced.orElse(InputFormat.sniff(head));
            if (format == InputFormat.JSONL) {
                return new JsonLinesReader(buffered, name, name, maxBytes);
            }
            byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return List.<ReadResult>of(failed(name, name, "the input is over the limit of " + maxBytes + " bytes",
                        "raise the limit with --max-bytes or split the input")).iterator();
            }
            return parse(bytes, format, name, name).iterator();
        } catch (IOException e) {
            return List.<ReadResult>of(failed(name, name, "cannot read: " + e.getMessage(), "")).iterator();
        }
    }

    private boolean wanted(Path root, Path file) {
        Path relative = root.relativize(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".expected.json")) {
            return false;
        }
        boolean included = include.isEmpty() ? InputFormat.fromFileName(name).isPresent()
                : include.stream().anyMatch(m -> m.matches(relative) || m.matches(file.getFileName()));
        return included && exclude.stream().noneMatch(m -> m.matches(relative) || m.matches(file.getFileName()));
    }

    private Iterator<ReadResult> streamFile(Path file) {
        String where = file.toString();
        try {
            long size = Files.size(file);
            InputFormat format = forced.or(() -> InputFormat.fromFileName(file.getFileName().toString()))
                    .orElseGet(() -> sniff(file));
            if (format == InputFormat.JSONL) {
                return new JsonLinesReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16), where,
                        idOf(file), maxBytes);
            }
            if (size > maxBytes) {
                return List.<ReadResult>of(failed(where, idOf(file), "the file is " + size + " bytes, over the limit of "
                        + maxBytes, "raise the limit with --max-bytes or split the file")).iterator();
            }
            return parse(Files.readAllBytes(file), format, where, idOf(file)).iterator();
        } catch (IOException e) {
            return List.<ReadResult>of(failed(where, idOf(file), "cannot read: " + e.getMessage(),
                    "check that the file exists and is readable")).iterator();
        }
    }

    private InputFormat sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return InputFormat.sniff(in.readNBytes(SNIFF_BYTES));
        } catch (IOException e) {
            return InputFormat.TEXT;
        }
    }

    private List<ReadResult> parse(byte[] bytes, InputFormat format, String where, String id) {
        DecodedText decoded;
        try {
            decoded = TextDecoder.decode(bytes, where);
        } catch (InputException e) {
            return List.of(new ReadResult.Failed(id, where, e));
        }
        decoded.warnings().forEach(LOG::warn);
        String text = decoded.text();
        return switch (format) {
            case JSONL -> {
                List<ReadResult> lines = new ArrayList<>();
                new JsonLinesReader(new java.io.ByteArrayInputStream(bytes), where, id, maxBytes).forEachRemaining(lines::add);
                yield lines;
            }
            case JSON -> readJson(text, where, id);
            case HTML -> readHtml(text, where, id);
            case TEXT -> text.isBlank()
                    ? List.of(failed(where, id, "the file is empty", "an article needs some text"))
                    : List.of(new ReadResult.Loaded(Article.of(id, where, text)));
        };
    }

    private static List<ReadResult> readHtml(String html, String where, String id) {
        HtmlArticle.Parts parts = HtmlArticle.parse(html);
        if (parts.text().isBlank()) {
            return List.of(failed(where, id, "the page has no article text",
                    "claimcheck reads paragraphs of a page's <article>, <main> or <body>"));
        }
        return List.of(new ReadResult.Loaded(new Article(id, where, TextNormalizer.normalize(parts.text()),
                parts.metadata())));
    }

    private static List<ReadResult> readJson(String text, String where, String id) {
        if (text.isBlank()) {
            return List.of(failed(where, id, "the file is empty", "an article needs some text"));
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return List.of(new ReadResult.Failed(id, where, new InputException(new Location(where, line, column),
                    "malformed JSON: " + Json.problem(e), "fix the JSON syntax at that position", e)));
        }
        if (!root.isArray()) {
            return List.of(JsonArticles.fromNode(root, id, where));
        }
        List<ReadResult> results = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            results.add(JsonArticles.fromNode(root.get(i), id + "#" + (i + 1), where + "#" + (i + 1)));
        }
        return results.isEmpty() ? List.of(failed(where, id, "the array holds no articles", "")) : results;
    }

    private static ReadResult failed(String where, String id, String message, String hint) {
        return new ReadResult.Failed(id, where, new InputException(Location.of(where), message, hint, null));
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

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String glob : globs) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        return Collections.unmodifiableList(matchers);
    }

    /** The articles of several files, one file after the other, each opened only when reached. */
    private static final class Concatenation implements Iterator<ReadResult> {

        private final Iterator<Iterator<ReadResult>> files;
        private Iterator<ReadResult> current = Collections.emptyIterator();

        Concatenation(Iterator<Iterator<ReadResult>> files) {
            this.files = files;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && files.hasNext()) {
                current = files.next();
            }
            return current.hasNext();
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
