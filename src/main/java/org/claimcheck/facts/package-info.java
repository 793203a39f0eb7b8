/**
 * The facts rules match on: the rule author's glossary. Each record is immutable, carries the document
 * it comes from, and (where it quotes the text) its {@link org.claimcheck.input.Span} and sentence index
 * so any finding can cite its evidence.
 *
 * <p>Closed sets are enums ({@link org.claimcheck.facts.Severity}, {@link org.claimcheck.facts.Stance},
 * {@link org.claimcheck.facts.Unit}, {@link org.claimcheck.facts.SourceKind}): the vocabulary rules match on
 * lives here, so a DRL file imports nothing from extraction. Names are stable: renaming a component breaks rules.
 * Depends on {@code input} and {@code extract}.
 */
package org.claimcheck.facts;
