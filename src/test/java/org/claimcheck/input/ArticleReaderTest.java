package org.claimcheck.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader(1_000_000);

    @Test
    void aBrokenLineInAFeedIsReportedByNumberAndTheOthersAreRead() throws IOException {
        // given
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\": broken\n{\"id\":\"c\",\"text\":\"Three.\"}\n");

        // when
        List<ReadResult> results = reader.read(feed);

        // then
        assertThat(results).extracting(ReadResult::id).containsExactly("a", "feed:2", "c");
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().location().line()).isEqualTo(2));
    }

    @Test
    void aTextThatIsNoStringIsAnErrorNamingItsType() throws IOException {
        // given
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"id\":\"n\",\"text\":12345}\n{\"id\":\"b\",\"body\":true}\n{\"id\":\"s\",\"text\":\"Fine.\"}\n");

        // when
        List<ReadResult> results = reader.read(feed);

        // then
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("\"text\" is a number, not a string"));
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("\"body\" is a boolean, not a string"));
        assertThat(results.get(2)).isInstanceOf(ReadResult.Loaded.class);
    }

    @Test
    void danglingLinksAndLinkLoopsInAFolderAreReportedNotSkipped() throws IOException {
        // given
        Files.writeString(dir.resolve("ok.txt"), "Police said 5 people died.");
        Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("loop1.txt"), dir.resolve("loop2.txt"));
        Files.createSymbolicLink(dir.resolve("loop2.txt"), dir.resolve("loop1.txt"));

        // when
        List<ReadResult> results = reader.read(dir);

        // then
        assertThat(results).extracting(ReadResult::id).containsExactly("dangling", "loop1", "loop2", "ok");
        assertThat(results.get(0)).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("dangling symbolic link"));
        assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("symbolic link loop"));
        assertThat(results.get(3)).isInstanceOf(ReadResult.Loaded.class);
    }

    @Test
    void aLinkToAFolderGivenAsThePathIsReadAsTheFolder() throws IOException {
        // given
        Path folder = Files.createDirectory(dir.resolve("real"));
        Files.writeString(folder.resolve("a.txt"), "Police said 5 people died.");
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);

        // when
        List<ReadResult> results = reader.read(link);

        // then
        assertThat(results).singleElement().isInstanceOf(ReadResult.Loaded.class);
        assertThat(results.get(0).origin()).isEqualTo(link.resolve("a.txt").toString());
    }

    @Test
    void aFeedIsReadLazilyOneLineAtATime() {
        // given: a feed that would never end, read through a stream
        InputStream endless = new InputStream() {
            private final byte[] line = "{\"text\":\"Police said 3 people were hurt.\"}\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return line[(int) (position++ % line.length)];
            }
        };

        // when
        Iterator<ReadResult> results = reader.stream("endless", endless);

        // then
        for (int i = 0; i < 1000; i++) {
            assertThat(results.next()).isInstanceOf(ReadResult.Loaded.class);
        }
    }

    @Test
    void theLineAfterAnOverlongOneIsReadWithItsOwnNumber() throws IOException {
        // given
        Path feed = Files.writeString(dir.resolve("feed.jsonl"),
                "{\"text\":\"" + "y".repeat(2_000) + "\"}\n{\"text\":\"Police said 3 people were hurt.\"}\n");

        // when
        List<ReadResult> results = new ArticleReader(1_000).read(feed);

        // then
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isInstanceOf(ReadResult.Failed.class);
        assertThat(results.get(1)).isInstanceOf(ReadResult.Loaded.class);
        assertThat(results.get(1).origin()).endsWith(":2");
    }

    @Test
    void aLineThatNeverEndsIsRefusedAsSoonAsItPassesTheLimit() {
        // given: a JSONL stream that sends one endless line
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        Iterator<ReadResult> results = new ArticleReader(1_000).forcing(InputFormat.JSONL).stream("stdin", endless);

        // when
        ReadResult first = results.next();

        // then
        assertThat(first).isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("longer than the limit of 1000 bytes"));
    }

    @Test
    void htmlGivesTheArticleParagraphsAndMetadataWithoutScripts() throws IOException {
        // given
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>T</title>"
                + "<meta property=\"article:published_time\" content=\"2026-01-02T03:04:05Z\"></head><body>"
                + "<nav>Home</nav><article><h1>Storm</h1><p>Two died.</p><script>evil()</script>"
                + "<p>Nine were &lt;b&gt;hurt&lt;/b&gt;.</p></article></body></html>");

        // when
        Article article = ((ReadResult.Loaded) reader.read(page).get(0)).article();

        // then
        assertThat(article.text()).isEqualTo("Storm\n\nTwo died.\n\nNine were <b>hurt</b>.");
        assertThat(article.metadata()).containsEntry("published", "2026-01-02T03:04:05Z").containsEntry("title", "T");
    }

    @Test
    void formatIsSniffedWhenTheNameSaysNothing() throws IOException {
        // given
        Path unnamed = Files.writeString(dir.resolve("export.dat"), "{\"id\":\"x\",\"text\":\"A.\"}\n{\"id\":\"y\",\"text\":\"B.\"}\n");

        // when
        List<ReadResult> results = reader.filtering(List.of("*.dat"), List.of()).read(dir);

        // then
        assertThat(results).extracting(ReadResult::id).containsExactly("x", "y");
        assertThat(unnamed).exists();
    }

    @Test
    void excludedFilesAreLeftOutOfAFolder() throws IOException {
        // given
        Files.writeString(dir.resolve("keep.txt"), "Police said 4 people were arrested.");
        Files.writeString(dir.resolve("drafts-skip.txt"), "Police said 5 people were arrested.");

        // when
        List<ReadResult> results = reader.filtering(List.of(), List.of("drafts-*")).read(dir);

        // then
        assertThat(results).extracting(ReadResult::id).containsExactly("keep");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitNamed() throws IOException {
        // given
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(400));

        // when
        List<ReadResult> results = new ArticleReader(1_000).read(big);

        // then
        assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Failed.class,
                f -> assertThat(f.error().getMessage()).contains("over the limit of 1000"));
    }

    @Test
    void standardInputIsSniffedAndRead() {
        // given
        InputStream in = new ByteArrayInputStream("<p>The mayor said 40 homes burned.</p>".getBytes(StandardCharsets.UTF_8));

        // when
        List<ReadResult> results = List.of(reader.stream("<stdin>", in).next());

        // then
        assertThat(((ReadResult.Loaded) results.get(0)).article().text()).isEqualTo("The mayor said 40 homes burned.");
    }
}
