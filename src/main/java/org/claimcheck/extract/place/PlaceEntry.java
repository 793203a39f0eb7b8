package org.claimcheck.extract.place;

import java.util.Objects;

/**
 * One place in the {@link Gazetteer}: a country or one of its subdivisions, as named by Unicode CLDR.
 *
 * <p>Codes follow CLDR's own convention, which keeps the kind visible in the code: a country is its
 * upper-case ISO 3166-1 alpha-2 code ({@code BR}), a subdivision its lower-case CLDR subdivision code,
 * which is the country code followed by the ISO 3166-2 suffix ({@code brgo} for Goiás state).
 *
 * @param code the CLDR code: upper-case two letters for a country, lower-case three or more for a subdivision
 * @param name the preferred English name from CLDR, with its accents ("Goiás")
 * @param kind whether this is a country or a subdivision
 * @param countryCode the upper-case code of the country it lies in; a country's own code for a country
 * @param parentCode the code of the place directly containing it; empty for a country
 */
public record PlaceEntry(String code, String name, PlaceKind kind, String countryCode, String parentCode) {

    /**
     * Validates that the components agree with each other.
     *
     * @throws NullPointerException when a component is null
     * @throws IllegalArgumentException when the code's case does not match the kind, the name is blank,
     *     a country has a parent, or a subdivision has none
     */
    public PlaceEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(parentCode, "parentCode");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank for code " + code);
        }
        if (!countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("countryCode must be two upper-case letters, was '" + countryCode + "'");
        }
        if (kind == PlaceKind.COUNTRY && !(code.equals(countryCode) && parentCode.isEmpty())) {
            throw new IllegalArgumentException("a country's code must equal its countryCode and it has no parent, was code '"
                    + code + "', countryCode '" + countryCode + "', parentCode '" + parentCode + "'");
        }
        if (kind == PlaceKind.SUBDIVISION && !(code.matches("[a-z]{2}[a-z0-9]{1,4}") && !parentCode.isEmpty())) {
            throw new IllegalArgumentException("a subdivision needs a lower-case code and a parent, was code '"
                    + code + "', parentCode '" + parentCode + "'");
        }
    }
}
