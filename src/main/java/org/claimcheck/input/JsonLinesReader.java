package org.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a JSONL feed one line at a time, so a feed of any size is read in constant memory. Each
 * non-blank line becomes an article or, when it is broken, an error naming the line; the other lines
 * are still read.
 */
final class JsonLinesReader implements Iterator<ReadResult> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesReader.class);

    private final InputStream in;
    private final String name;
    private final String idPrefix;
    private final long maxLineBytes;
    private long offset;
    private int lineNumber;
    private int articles;
    private ReadResult next;
    private boolean done;
    private boolean skippingLongLine;

    JsonLinesReader(InputStream in, String name, String idPrefix, long maxLineBytes) {
        this.in = in;
        this.name = name;
        this.idPrefix = idPrefix;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ReadResult result = next;
        next = null;
        return result;
    }

    private ReadResult advance() {
        try {
            while (true) {
                if (skippingLongLine) {
                    // the rest of a line already reported as too long
                    int b;
                    while ((b = in.read()) >= 0 && b != '\n') {
                        offset++;
                    }
                    offset += b < 0 ? 0 : 1;
                    skippingLongLine = false;
                }
                long lineStart = offset;
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                boolean tooLong = false;
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    offset++;
                    if (line.size() < maxLineBytes) {
                        line.write(b);
                    } else {
                        // report at once, without waiting for the line's end: a stream may never send it
                        tooLong = true;
                        skippingLongLine = true;
                        break;
                    }
                }
                if (b < 0 && line.size() == 0 && !tooLong) {
                    return finish();
                }
                offset += b < 0 || tooLong ? 0 : 1;
                lineNumber++;
                String origin = name + ":" + lineNumber;
                String fallbackId = idPrefix + ":" + lineNumber;
                if (tooLong) {
                    articles++;
                    return new ReadResult.Failed(fallbackId, origin, new InputException(new Location(name, lineNumber, 0),
                            "the line is longer than the limit of " + maxLineBytes + " bytes",
                            "raise the limit with --max-bytes or split the article", null));
                }
                byte[] bytes = line.toByteArray();
                DecodedText decoded = TextDecoder.decode(bytes, origin);
                decoded.warnings().forEach(w -> LOG.warn("{} (byte offset {} in the file)", w, lineStart));
                String text = decoded.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                articles++;
                try {
                    return JsonArticles.fromNode(Json.mapper().readTree(text), fallbackId, origin);
                } catch (JsonProcessingException e) {
                    int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
                    return new ReadResult.Failed(fallbackId, origin, new InputException(new Location(name, lineNumber, column),
                            "malformed JSON: " + Json.problem(e), "each line must be one JSON object", e));
                }
            }
        } catch (InputException e) {
            articles++;
            return new ReadResult.Failed(idPrefix + ":" + lineNumber, name + ":" + lineNumber, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private ReadResult finish() throws IOException {
        done = true;
        in.close();
        if (articles == 0) {
            articles++;
            return new ReadResult.Failed(idPrefix, name, new InputException(Location.of(name), "the feed has no articles",
                    "a JSONL feed holds one JSON object per line", null));
        }
        return null;
    }
}
