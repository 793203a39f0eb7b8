/**
 * Extraction: small stages that each add one annotation layer to an {@link org.claimcheck.extract.AnnotatedDocument},
 * run in order by a {@link org.claimcheck.extract.Pipeline}. This package holds the frame (document, layer key,
 * stage, pipeline); the stages live in sub-packages that read like the pipeline: {@code text} (sentences,
 * tokens), {@code lexicon} (the word lists and WordNet), {@code place}, {@code attribution} (who says what) and
 * {@code quantity} (figures and what they count).
 *
 * <p>Stages are stateless after construction, thread-safe and deterministic. Word lists live in
 * {@code src/main/resources/org/claimcheck/extract/}, one folder per sub-package. Depends on {@code input} and on
 * the vocabulary of {@code facts}.
 */
package org.claimcheck.extract;
