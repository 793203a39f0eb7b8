/**
 * The embedding API: {@link org.claimcheck.api.ClaimChecker}, built once and shared, checks articles
 * from any number of threads. The command line is its first client and uses nothing else.
 *
 * <p>Depends on every package to its left; exposes no Drools types.
 */
package org.claimcheck.api;
