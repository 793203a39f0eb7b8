/**
 * Events: which of the events an article narrates each clause, and so each figure, belongs to, from the kind
 * of event a clause names, its day and its places, and the words that open another event ("meanwhile", "a day
 * earlier", "another attack") or point back to one ("the attack"). Depends on {@code text}, {@code syntax},
 * {@code place}, {@code time} and {@code quantity}.
 */
package org.claimcheck.extract.event;
