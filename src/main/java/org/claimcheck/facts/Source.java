package org.claimcheck.facts;

import java.util.List;

/**
 * A party that speaks in a document, with every way the text refers to it.
 *
 * <p>Example: "Health Minister Ana Ruiz said… Ruiz added…" gives one {@code Source(name "Health Minister
 * Ana Ruiz", aliases ["Health Minister Ana Ruiz", "Ruiz"])}.
 *
 * @param document id of the document
 * @param id 1-based identifier within the document, referred to by {@link Quantity#source()} and
 *     {@link Claim#source()}
 * @param name the first full mention
 * @param kind person, organisation or unknown
 * @param family id of the party this one speaks for: a spokesman has his ministry's family; rules use it
 *     to tell "the same side contradicts itself" from "two sides disagree"
 * @param aliases every phrase resolved to this party
 */
public record Source(String document, int id, String name, SourceKind kind, int family, List<String> aliases) {

    /** Copies the aliases. */
    public Source {
        aliases = List.copyOf(aliases);
    }
}
