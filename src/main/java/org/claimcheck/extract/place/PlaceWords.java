package org.claimcheck.extract.place;

import java.util.Set;

/**
 * The words a place lookup treats specially, read from {@code place-words.tsv}.
 *
 * <p>Package-private: only the gazetteer reads them.
 *
 * @param typeWords trailing administrative type words ("province", "oblast"), as normalized keys
 * @param genericNames names too vague to stand alone once a type word is dropped ("central", "north east")
 */
record PlaceWords(Set<String> typeWords, Set<String> genericNames) {

    /** Copies both sets. */
    PlaceWords {
        typeWords = Set.copyOf(typeWords);
        genericNames = Set.copyOf(genericNames);
    }

    /** Returns whether the key ends in a type word after at least one other word ("Tver oblast"). */
    boolean endsInTypeWord(PlaceNameKey key) {
        return key.words().size() > 1 && typeWords.contains(key.last());
    }

    /** Returns whether the key, once its type word is gone, is still specific enough to name a place. */
    boolean isSpecific(PlaceNameKey bare) {
        return !bare.isEmpty() && !genericNames.contains(bare.toString()) && !typeWords.contains(bare.toString());
    }
}
