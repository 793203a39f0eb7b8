package org.claimcheck.extract.place;

/** Whether a gazetteer entry is a country (or territory with its own ISO code) or a subdivision of one. */
public enum PlaceKind {

    /** A country or a territory with its own ISO 3166-1 code, such as Brazil ({@code BR}) or Greenland ({@code GL}). */
    COUNTRY,

    /** A first- or lower-level subdivision of a country, such as a state, province, region or county. */
    SUBDIVISION
}
