/**
 * Lexical data the extraction stages share: {@link org.claimcheck.extract.lexicon.ClosedClassLexicon}, the
 * closed-class English words and their {@link org.claimcheck.extract.lexicon.WordClass}es, read from
 * {@code src/main/resources/org/claimcheck/extract/lexicon/closed-class.tsv}, so that no stage spells an English
 * word in Java. Depends on nothing of ours.
 */
package org.claimcheck.extract.lexicon;
