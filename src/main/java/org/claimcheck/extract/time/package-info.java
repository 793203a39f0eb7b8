/**
 * Time expressions: days ("on Sunday", "yesterday"), stretches up to now ("this week") and cumulative scopes
 * ("since 2011") that scope a figure to one event or period, read from {@code time/time-words.txt}. Depends
 * on {@code text} and {@code lexicon}.
 */
package org.claimcheck.extract.time;
