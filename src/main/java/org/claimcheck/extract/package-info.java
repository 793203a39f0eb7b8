/**
 * Extraction: small stages that each add one annotation layer to an {@link org.claimcheck.extract.AnnotatedDocument}
 * (sentences, tokens, number phrases, attributions, counted things, places), run in order by a
 * {@link org.claimcheck.extract.Pipeline}.
 *
 * <p>Stages are stateless after construction, thread-safe and deterministic. Word lists live in
 * {@code src/main/resources/org/claimcheck/extract/}. Depends only on {@code input}.
 */
package org.claimcheck.extract;
