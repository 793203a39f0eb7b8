/**
 * Who says what: reported speech and its stance (the attribution stage), the parties speaking (sources, with
 * aliases and families) and which reaction answers which claim. Depends on {@code text}, {@code lexicon} and
 * {@code quantity}'s reading of noun phrases.
 */
package org.claimcheck.extract.attribution;
