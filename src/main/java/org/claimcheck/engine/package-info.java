/**
 * The rules engine: compiles the DRL rule files once into a {@link org.claimcheck.engine.RuleSet}, turns
 * an annotated document into facts ({@link org.claimcheck.engine.FactAssembler}), runs the rules in fresh
 * working memory per document and collects {@link org.claimcheck.engine.Finding}s.
 *
 * <p>Drools types stay inside this package. Depends on {@code input}, {@code extract} and {@code facts}.
 */
package org.claimcheck.engine;
