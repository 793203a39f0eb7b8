package org.claimcheck.extract.lexicon;

/**
 * The closed grammatical classes a word of {@code closed-class.tsv} can belong to. A word may be in several
 * ("that" is a determiner, a demonstrative, a relative and a complementizer); the tag the tagger gives it
 * decides which one is meant in a sentence.
 */
public enum WordClass {
    /** Opens a noun phrase: "the", "a", "every". */
    DETERMINER,
    /** A possessive determiner or clitic: "his", "their", the "'s" of "the ministry's". */
    POSSESSIVE,
    /** Points at a thing: "this", "those". */
    DEMONSTRATIVE,
    /** Says how many or how much without a number: "some", "several", "most". */
    QUANTIFIER,
    /** A personal pronoun, any case: "he", "them", "we". */
    PERSONAL_PRONOUN,
    /** Opens a relative clause: "who", "which", "whose". */
    RELATIVE,
    /** A primary auxiliary, any form: "is", "had", "does". */
    AUXILIARY,
    /** A form of "be", the auxiliary of the passive and the progressive. */
    BE,
    /** A form of "have", the auxiliary of the perfect. */
    HAVE,
    /** A form of "do", the auxiliary of emphasis, questions and negation. */
    DO,
    /** A modal auxiliary: "can", "could", "might". */
    MODAL,
    /** A modal that marks the future: "will", "shall", "'ll". */
    FUTURE,
    /** An auxiliary or modal in a past form: "was", "had", "did", "could". */
    PAST,
    /** Negates its verb or phrase: "not", "never", the "n't" of "didn't". */
    NEGATION,
    /** Joins words or clauses of equal rank: "and", "but", "or". */
    COORDINATOR,
    /** Opens an adverbial clause: "because", "although", "while". */
    SUBORDINATOR,
    /** Opens a complement clause: "that", "whether", "if". */
    COMPLEMENTIZER,
    /** A preposition, one word: "of", "in", "according". */
    PREPOSITION,
    /** A preposition that attaches to the noun right before it: "of" ("six members of a family"). */
    GENITIVE,
    /** The infinitive marker "to". */
    INFINITIVE_MARKER,
    /** A title or rank before a name: "Dr", "President", "Col". */
    TITLE,
    /** A lower-case word that may join two capitalised words into one name: "of", "for", "de". */
    NAME_CONNECTOR,
    /** A word or phrase that opens a number inside its noun phrase: "at least", "nearly", "up to". */
    QUALIFIER,
    /** A verb of saying or reporting: "said", "told", "according". */
    REPORTING
}
