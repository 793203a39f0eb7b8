/**
 * Stages that annotate one document: here, the grammar that finds number phrases ({@link
 * org.claimcheck.extract.QuantityGrammar}) and the intervals they allow, with the English number words it
 * reads ({@link org.claimcheck.extract.NumberWords}). Word lists live as text files under the same package
 * in {@code src/main/resources}. Depends only on {@code org.claimcheck.input}.
 */
package org.claimcheck.extract;
