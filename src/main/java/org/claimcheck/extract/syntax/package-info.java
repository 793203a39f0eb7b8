/**
 * The linguistic layer under extraction: a part-of-speech tagger with lemmas, then a cascade of small
 * finite-state stages over its tags (noun phrases, verb groups, prepositional phrases, clauses), each adding
 * one layer to an {@link org.claimcheck.extract.AnnotatedDocument}, and a read-only view for looking them up.
 * Depends on {@code input}, on {@code extract}'s document, stage and token types, on
 * {@code extract.lexicon} for every English word it needs, on OpenNLP's POS model and on WordNet (extJWNL).
 */
package org.claimcheck.extract.syntax;
