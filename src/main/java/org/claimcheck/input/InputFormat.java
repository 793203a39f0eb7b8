package org.claimcheck.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file claimcheck reads. */
public enum InputFormat {
    /** Plain text: the whole file is one article. */
    TEXT,
    /** An HTML page: the article's main text, title and dates are taken from it. */
    HTML,
    /** One JSON article object, or an array of them. */
    JSON,
    /** A feed of JSON article objects, one per line. */
    JSONL;

    /** Returns the format a file name's extension names, if it names one. */
    public static Optional<InputFormat> fromFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(JSONL);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(JSON);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /**
     * Guesses the format from the first bytes of a file: a JSON object per line is a feed, a leading
     * {@code {} or {@code [} is JSON, markup is HTML, anything else text.
     */
    public static InputFormat sniff(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("{")) {
            int newline = start.indexOf('\n');
            return newline > 0 && start.substring(newline + 1).stripLeading().startsWith("{") ? JSONL : JSON;
        }
        if (start.startsWith("[")) {
            return JSON;
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<body")
                || lower.startsWith("<") && lower.contains("</p>")) {
            return HTML;
        }
        return TEXT;
    }

    /** Returns the lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
