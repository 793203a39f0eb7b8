package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.claimcheck.input.ArticleReader;
import org.claimcheck.input.InputFormat;
import org.claimcheck.input.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by {@code check} and {@code facts}. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html, .json, .jsonl), folders "
            + "(read recursively), or - for standard input.")
    List<String> paths = new ArrayList<>();

    /**
     * Checking an article takes about a hundred times its size in heap (tokens, tags, chunks, facts), so the
     * default limit is what this JVM's heap can hold: a hundredth of it, at most 50 MB (2.6 MB at -Xmx256m).
     */
    static final long DEFAULT_MAX_BYTES = Math.min(50_000_000L, Runtime.getRuntime().maxMemory() / 100);

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse an article larger than this: a file, or one "
            + "line of a JSONL feed (default: a hundredth of the Java heap, at most 50 MB; here ${DEFAULT-VALUE}).")
    long maxBytes = DEFAULT_MAX_BYTES;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as ${COMPLETION-CANDIDATES} instead of guessing from the name and content.")
    InputFormat format;

    @Option(names = "--include", paramLabel = "GLOB", description = "In folders, read only files matching this glob "
            + "(e.g. '**.html'; repeatable). Default: files with a known extension.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "In folders, skip files matching this glob (repeatable).")
    List<String> exclude = new ArrayList<>();

    /** Returns every input, lazily: feeds are read a line at a time as the consumer asks. */
    Iterator<ReadResult> stream() {
        ArticleReader reader = new ArticleReader(maxBytes).filtering(include, exclude);
        ArticleReader chosen = format == null ? reader : reader.forcing(format);
        return ArticleReader.concatenate(paths.stream()
                .map(path -> path.equals("-") ? chosen.stream("<stdin>", System.in) : chosen.stream(Path.of(path)))
                .iterator());
    }

    /** Returns every input in a list, for commands that need them all at once. */
    List<ReadResult> read() {
        List<ReadResult> all = new ArrayList<>();
        stream().forEachRemaining(all::add);
        return all;
    }
}
