/**
 * Stages that annotate one article's normalized text (sentences, tokens, quantities, attributions,
 * hedges, places) and the reference data they read, such as the {@link org.claimcheck.extract.Gazetteer}.
 *
 * <p>May depend on {@code org.claimcheck.input} only.
 */
package org.claimcheck.extract;
