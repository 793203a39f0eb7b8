package org.claimcheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading rules from the class path, as the bundled rules are read from the application jar. */
class RuleSourcesTest {

    private static final int THREADS = 8;

    @TempDir
    Path dir;

    @Test
    void eightThreadsReadingRulesFromOneJarAtOnceAllGetThem() throws Exception {
        // issue #16: each read opened and closed the jar's one zip file system under the others
        // given
        Path jar = dir.resolve("rules.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("claimcheck-rules/"));
            out.putNextEntry(new ZipEntry("claimcheck-rules/a.drl"));
            out.write("package org.claimcheck.rules;\n".getBytes(StandardCharsets.UTF_8));
        }
        URL url = new URL("jar:" + jar.toUri() + "!/claimcheck-rules/");
        CyclicBarrier start = new CyclicBarrier(THREADS);

        // when
        List<List<RuleSource>> read = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<RuleSource>>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<List<RuleSource>> mine = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        mine.add(RuleSources.at(url));
                    }
                    return mine;
                }));
            }
            for (Future<List<List<RuleSource>>> f : futures) {
                read.addAll(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(read).hasSize(THREADS * 50).allSatisfy(sources ->
                assertThat(sources).extracting(RuleSource::name).containsExactly("rules/a.drl"));
    }

    @Test
    void rulesInAJarAreNamedAsInTheProjectsRulesFolder() throws IOException {
        // given
        Path jar = dir.resolve("one.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("claimcheck-rules/b.drl"));
            out.write("package org.claimcheck.rules;\n".getBytes(StandardCharsets.UTF_8));
        }

        // when
        List<RuleSource> sources = RuleSources.at(new URL("jar:" + jar.toUri() + "!/claimcheck-rules/"));

        // then
        assertThat(sources).extracting(RuleSource::name).containsExactly("rules/b.drl");
    }
}
