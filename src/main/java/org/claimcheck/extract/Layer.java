package org.claimcheck.extract;

/**
 * The key of one annotation layer: a name for messages and the type of its records.
 *
 * @param name short lower-case name, used in pipeline errors
 * @param type the record type the layer holds
 * @param <T> the record type
 */
public record Layer<T>(String name, Class<T> type) {

    @Override
    public String toString() {
        return name;
    }
}
