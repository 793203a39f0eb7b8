/**
 * Figures: the number-phrase grammar (number words, qualifiers, ranges, units, scales, from the
 * {@code quantity-*.txt} word lists) and the stage that turns each number phrase into a quantity mention with
 * what it counts, its clause, its year and the markers that decide what it may be compared with. Depends on
 * {@code text}, {@code lexicon} and {@code attribution}.
 */
package org.claimcheck.extract.quantity;
