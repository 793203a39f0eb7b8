/**
 * Reading inputs: turns files and feeds into {@link org.claimcheck.input.Article}s with normalized text,
 * and defines the {@link org.claimcheck.input.Span} every later stage uses to point into that text.
 *
 * <p>Knows nothing about language or rules; depends on no other claimcheck package.
 */
package org.claimcheck.input;
