package org.claimcheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.input.ArticleReader;
import org.claimcheck.input.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options shared by {@code check} and {@code facts}. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .json, .jsonl) or folders "
            + "(read recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "50000000",
            description = "Refuse files larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    List<ReadResult> read() {
        ArticleReader reader = new ArticleReader(maxBytes);
        List<ReadResult> all = new ArrayList<>();
        for (Path path : paths) {
            all.addAll(reader.read(path));
        }
        return all;
    }
}
