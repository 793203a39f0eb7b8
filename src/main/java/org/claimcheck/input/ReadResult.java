package org.claimcheck.input;

/**
 * What reading one input produced: an article, or the reason it could not be read.
 *
 * <p>A batch keeps going past a failed input; the failure travels on to the report so that every
 * input shows up in the output.
 */
public sealed interface ReadResult {

    /** Returns the id the report shows for this input. */
    String id();

    /** Returns where the input came from. */
    String origin();

    /**
     * An input that was read.
     *
     * @param article the article
     */
    record Loaded(Article article) implements ReadResult {
        @Override
        public String id() {
            return article.id();
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /**
     * An input that could not be read.
     *
     * @param id the id the article would have had
     * @param origin where it came from
     * @param error why it could not be read, with its location
     */
    record Failed(String id, String origin, InputException error) implements ReadResult {
    }
}
