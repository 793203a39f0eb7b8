package org.claimcheck.extract.syntax;

/**
 * The seventeen universal part-of-speech tags of Universal Dependencies (UPOS), as the tagger gives them.
 */
public enum PartOfSpeech {
    /** Adjective: "large", "former". */
    ADJ,
    /** Adposition (preposition): "of", "in", "according". */
    ADP,
    /** Adverb: "independently", "still". */
    ADV,
    /** Auxiliary: "was", "had", "will", "could". */
    AUX,
    /** Coordinating conjunction: "and", "but". */
    CCONJ,
    /** Determiner: "the", "every", "its". */
    DET,
    /** Interjection: "oh". */
    INTJ,
    /** Common noun: "toll", "workers". */
    NOUN,
    /** Numeral: "19", "six", "100,000". */
    NUM,
    /** Particle: "not", infinitive "to", possessive "'s". */
    PART,
    /** Pronoun: "he", "who", "themselves". */
    PRON,
    /** Proper noun: "Aleppo", "Ruiz". */
    PROPN,
    /** Punctuation: ".", ",", quotation marks. */
    PUNCT,
    /** Subordinating conjunction: "that", "because", "if". */
    SCONJ,
    /** Symbol: "%", "$". */
    SYM,
    /** Verb: "said", "killed", "resign". */
    VERB,
    /** Anything else: foreign words, typos. */
    X;

    /** Tells whether the tag is a noun, proper or common. */
    public boolean nominal() {
        return this == NOUN || this == PROPN;
    }

    /** Tells whether the tag is a verb or an auxiliary. */
    public boolean verbal() {
        return this == VERB || this == AUX;
    }

    /**
     * Reads a tag of the model's tag set: a UPOS name, or a combination the model learned for a fused token
     * ("AUX+PART" for "cannot"), of which the first part counts.
     *
     * @return {@link #X} for a name that is not UPOS
     */
    static PartOfSpeech fromModel(String outcome) {
        int plus = outcome.indexOf('+');
        String first = plus < 0 ? outcome : outcome.substring(0, plus);
        for (PartOfSpeech tag : values()) {
            if (tag.name().equals(first)) {
                return tag;
            }
        }
        return X;
    }
}
