/**
 * The facts rules match on: the rule author's glossary. Each record is immutable, carries the document
 * it comes from, and (where it quotes the text) its {@link org.claimcheck.input.Span} and sentence index
 * so any finding can cite its evidence.
 *
 * <p>Closed sets are enums ({@link org.claimcheck.facts.Severity}, {@link org.claimcheck.facts.Stance},
 * {@link org.claimcheck.facts.Unit}, {@link org.claimcheck.facts.SourceKind}): the vocabulary rules match on
 * lives here, so a DRL file imports nothing from extraction. Names are stable: renaming a component breaks rules.
 * Depends on {@code input} alone (for {@link org.claimcheck.input.Span}): what rules compare is decided
 * before they run and stored on the facts, so every method a rule calls is a comparison of fields.
 */
package org.claimcheck.facts;
