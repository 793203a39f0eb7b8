/**
 * Places: the CLDR-based gazetteer (countries, subdivisions, aliases, containment) and the stage that finds
 * place mentions in the text, with what the text says contains them. Depends on {@code text} and {@code lexicon}.
 */
package org.claimcheck.extract.place;
