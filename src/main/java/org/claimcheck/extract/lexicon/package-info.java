/**
 * The English the extraction stages share, read once from {@code src/main/resources/org/claimcheck/extract/}:
 * the closed-class words and their {@link org.claimcheck.extract.lexicon.WordClass}es
 * ({@link org.claimcheck.extract.lexicon.ClosedClassLexicon}, {@code lexicon/closed-class.tsv}), reporting cues,
 * source words, and WordNet (lemmas, base forms, hypernyms, kinds). No stage of its own; read-only, loaded once,
 * thread-safe. Depends on the extraction frame's tokens and the vocabulary of {@code facts}.
 */
package org.claimcheck.extract.lexicon;
