package org.claimcheck.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimcheck.input.ClaimCheckException;
import org.claimcheck.input.Location;

/**
 * Finds DRL files: the rules bundled in the jar (copied from the project's top-level {@code rules/}
 * folder at build time) and folders or files a user names.
 */
public final class RuleSources {

    private static final String BUNDLED = "/claimcheck-rules/";
    private static final Object JAR_LOCK = new Object();

    private RuleSources() {
    }

    /**
     * Returns the bundled default rules, in file-name order. Safe to call from several threads at once.
     */
    public static List<RuleSource> bundled() {
        URL url = RuleSources.class.getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled rules are missing from the class path (" + BUNDLED + ")");
        }
        return at(url);
    }

    /** Returns the rules in the class-path folder {@code url} points at, a plain folder or one inside a jar. */
    static List<RuleSource> at(URL url) {
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return read(Path.of(uri), "rules/");
            }
            // A jar's zip file system is one per JVM: checkers built side by side must not close it under
            // each other (issue #16), so opening, reading and closing it is one step at a time.
            synchronized (JAR_LOCK) {
                String folder = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!") + 1);
                try (FileSystem jar = openJar(uri)) {
                    return read(jar.getPath(folder), "rules/");
                } catch (UnsupportedOperationException alreadyOpen) {
                    return read(FileSystems.getFileSystem(uri).getPath(folder), "rules/");
                }
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled rules", e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
            throw new UnsupportedOperationException(e);
        }
    }

    /**
     * Returns the DRL files at {@code path}: the file itself, or every {@code .drl} file in the folder and
     * below, in name order.
     *
     * @throws ClaimCheckException when the path does not exist, cannot be read or holds no rules
     */
    public static List<RuleSource> from(Path path) {
        if (!Files.exists(path)) {
            throw new ClaimCheckException(Location.of(path.toString()), "no such rule file or folder",
                    "give a folder of .drl files or a .drl file", null);
        }
        try {
            List<RuleSource> sources = Files.isDirectory(path) ? read(path, prefixOf(path)) : List.of(
                    new RuleSource(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
            if (sources.isEmpty()) {
                throw new ClaimCheckException(Location.of(path.toString()), "no .drl files found",
                        "rule files end in .drl", null);
            }
            return sources;
        } catch (IOException e) {
            throw new ClaimCheckException(Location.of(path.toString()), "cannot read rules: " + e.getMessage(),
                    "check the path and its permissions", e);
        }
    }

    private static String prefixOf(Path folder) {
        String name = folder.toString();
        return name.endsWith("/") ? name : name + "/";
    }

    private static List<RuleSource> read(Path folder, String displayPrefix) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String relative = folder.relativize(file).toString();
                sources.add(new RuleSource(displayPrefix + relative, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (FileSystemNotFoundException e) {
            throw new IOException(e);
        }
        return sources;
    }
}
