package org.claimcheck.facts;

/**
 * One article being checked, with what is known of where and when it was published.
 *
 * <p>Example: a JSON article {@code {"id": "a7", "outlet": "Coastal Times", "published":
 * "2026-03-02T08:00:00Z", "text": "..."}} gives {@code Document(id "a7", outlet "Coastal Times",
 * published "2026-03-02T08:00:00Z", order 0)}. Rules across reports use it to tell an updated toll
 * (a later report, a higher figure) from a contradiction.
 *
 * @param id the document's id, which every other fact's {@code document} field refers to
 * @param outlet the publisher or source named in the article's metadata, or empty
 * @param published the publication time as given (ISO 8601 sorts correctly as text), or empty
 * @param title the headline, or empty
 * @param order 0-based position of the document in the batch checked together
 */
public record Document(String id, String outlet, String published, String title, int order) {

    /** Returns whether both documents carry publication times and this one is strictly later. */
    public boolean publishedAfter(Document other) {
        return !published.isEmpty() && !other.published.isEmpty() && published.compareTo(other.published) > 0;
    }
}
