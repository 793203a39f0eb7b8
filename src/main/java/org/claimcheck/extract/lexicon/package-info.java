/**
 * The English extraction stages share: word lists loaded from {@code src/main/resources/org/claimcheck/extract/},
 * reporting cues, source words and WordNet (noun lemmas, hypernyms, kinds). No stage of its own; read-only,
 * loaded once, thread-safe.
 */
package org.claimcheck.extract.lexicon;
