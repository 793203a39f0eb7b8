package org.claimcheck.extract.attribution;

import java.util.List;
import org.claimcheck.facts.SourceKind;

/**
 * One party that speaks in the document, with every way the text refers to it.
 *
 * @param id 1-based identifier, unique within the document
 * @param name how the party is first named in full ("Health Minister Ana Ruiz", "the national statistics
 *     office")
 * @param kind whether the party is a person or an organisation, when the text tells
 * @param family the id of the party this one speaks for ("a spokeswoman for the agency" belongs to the
 *     agency's family); its own id when it speaks for itself
 * @param aliases every phrase that was resolved to this party ("Ruiz", "she", "the minister")
 * @param attributions indexes of the attributions this party is the speaker of
 * @param organiser whether the party is named as the organiser or promoter of an event ("organisers of
 *     the march"): it has a stake in how many came
 */
public record SourceEntity(int id, String name, SourceKind kind, int family, List<String> aliases,
        List<Integer> attributions, boolean organiser) {

    /** Copies the lists. */
    public SourceEntity {
        aliases = List.copyOf(aliases);
        attributions = List.copyOf(attributions);
    }
}
