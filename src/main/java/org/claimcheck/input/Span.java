package org.claimcheck.input;

/**
 * A half-open range of character offsets into an article's normalized text.
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units), 0-based, end exclusive, exactly as the
 * JSON report prints them. The text never changes after normalization, so a span stays valid for the
 * article's whole life; quoted evidence is always {@code text.substring(start, end)}.
 *
 * @param start offset of the first character, {@code >= 0}
 * @param end offset just past the last character, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException when {@code start} is negative or {@code end} precedes it
     */
    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must be >= start (" + start + "), was " + end);
        }
    }

    /** Returns the number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Returns whether {@code other} lies entirely inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Returns whether this span contains the character at {@code offset}. */
    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    /** Returns whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Returns the smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** Orders by start, then by end. */
    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
