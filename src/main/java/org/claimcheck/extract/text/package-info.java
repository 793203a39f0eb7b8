/**
 * The first stages: sentences (ICU's sentence break rules with our abbreviation list) and tokens (words,
 * numbers, punctuation), the units every later stage counts in. Depends on the extraction frame and the lexicon.
 */
package org.claimcheck.extract.text;
