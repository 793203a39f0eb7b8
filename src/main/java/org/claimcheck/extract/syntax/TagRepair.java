package org.claimcheck.extract.syntax;

import org.claimcheck.extract.lexicon.ClosedClassLexicon;
import org.claimcheck.extract.lexicon.WordClass;
import org.claimcheck.extract.text.Token;

/**
 * Corrects the tagger's known mistakes, one left-to-right pass over a sentence with a few context rules, in
 * the manner of transformation-based tagging. Most come from token shapes the UD training text does not
 * have: it splits "cannot", "agency's" and "100,000"-style numbers that our tokenizer keeps whole.
 *
 * <ol>
 *   <li>A word in lower case tagged PROPN is a VERB when it is a past form ("the official concerned denied
 *       having…"), else a NOUN: proper nouns are capitalized.</li>
 *   <li>Digits with inner separators ("100,000", "3.5") are {@link PartOfSpeech#NUM}.</li>
 *   <li>A token that starts with a letter is never punctuation or a symbol ("peer-reviewed"): ADJ before a
 *       noun, NOUN elsewhere.</li>
 *   <li>A modal ({@link WordClass#MODAL}: "cannot", tagged PART) that is not a noun is AUX.</li>
 *   <li>A form of be, have or do tagged VERB with a verb after it (past adverbs and negation) is AUX
 *       ("has denied").</li>
 *   <li>A noun right after an auxiliary have, do or a modal (past adverbs and negation) is a VERB ("had
 *       burst").</li>
 *   <li>A word with the possessive clitic tagged ADJ, ADV or VERB is a NOUN ("agency's"), and so is a word
 *       tagged VERB right after a possessive ("the drugmaker's claim"): a possessor is followed by a noun.</li>
 *   <li>A noun right after a noun or pronoun, with no verb yet in its clause, that is a past form of a verb
 *       ("rose": its verb lemma "rise" differs and it does not end in -s) is a VERB ("the toll rose").</li>
 *   <li>A plural noun form tagged VERB right after a lexical verb or "to" (quotation marks between) is a
 *       NOUN ("denied reports", "'cannot confirm' reports", "referring to reports that…"): English puts no
 *       verb in -s there.</li>
 *   <li>A noun in -s after a noun, with no verb yet in its clause and "that" after it, is the clause's verb
 *       ("the owner denies that…").</li>
 * </ol>
 * Thread-safe; constant work per token but for rule 7's look-back, which stops at the clause start.
 */
final class TagRepair {

    private final ClosedClassLexicon lexicon;
    private final Lemmatizer lemmatizer;

    TagRepair(ClosedClassLexicon lexicon, Lemmatizer lemmatizer) {
        this.lexicon = lexicon;
        this.lemmatizer = lemmatizer;
    }

    /**
     * Corrects the tags of one sentence in place.
     *
     * @param words the tokens as written
     * @param lower the same in lower case
     * @param tags  the model's tags, replaced where a rule applies
     */
    void repair(String[] words, String[] lower, PartOfSpeech[] tags) {
        int n = words.length;
        for (int i = 0; i < n; i++) {
            tags[i] = shape(words[i], tags[i], i + 1 < n ? tags[i + 1] : PartOfSpeech.PUNCT);
        }
        boolean verbInClause = false;
        for (int i = 0; i < n; i++) {
            String word = lower[i];
            if (tags[i] == PartOfSpeech.PROPN && !words[i].isEmpty() && Character.isLowerCase(words[i].codePointAt(0))) {
                // a proper noun is capitalized: "the official concerned denied having…" has a verb there
                tags[i] = Inflection.past(word, lemmatizer.lemma(word, PartOfSpeech.VERB)) ? PartOfSpeech.VERB : PartOfSpeech.NOUN;
            }
            PartOfSpeech tag = tags[i];
            if (lexicon.is(word, WordClass.MODAL) && !tag.nominal() && tag != PartOfSpeech.AUX) {
                tags[i] = PartOfSpeech.AUX;
            } else if (tag == PartOfSpeech.VERB && auxiliary(word) && verbAfter(lower, tags, i + 1)) {
                tags[i] = PartOfSpeech.AUX;
            } else if (tag == PartOfSpeech.NOUN && afterAuxiliary(lower, tags, i)) {
                tags[i] = PartOfSpeech.VERB;
            } else if ((tag == PartOfSpeech.ADJ || tag == PartOfSpeech.ADV || tag == PartOfSpeech.VERB)
                    && lexicon.is(word, WordClass.POSSESSIVE)
                    && !lexicon.is(word, WordClass.DETERMINER)) {
                tags[i] = PartOfSpeech.NOUN;
            } else if (tag == PartOfSpeech.VERB && i > 0 && lexicon.is(lower[i - 1], WordClass.POSSESSIVE)) {
                tags[i] = PartOfSpeech.NOUN;
            } else if (tag == PartOfSpeech.NOUN && !verbInClause && i > 0
                    && (tags[i - 1].nominal() || tags[i - 1] == PartOfSpeech.PRON) && pastOfVerb(word)) {
                tags[i] = PartOfSpeech.VERB;
            } else if (tag == PartOfSpeech.VERB && pluralNoun(word) && afterVerbOrTo(lower, tags, i)) {
                tags[i] = PartOfSpeech.NOUN;
            } else if (tag == PartOfSpeech.NOUN && !verbInClause && i > 0 && i + 1 < n && tags[i - 1].nominal()
                    && word.endsWith("s") && lower[i + 1].equals("that")) {
                tags[i] = PartOfSpeech.VERB;
            }
            if (tags[i].verbal()) {
                verbInClause = true;
            } else if (tags[i] == PartOfSpeech.PUNCT || tags[i] == PartOfSpeech.SCONJ || tags[i] == PartOfSpeech.CCONJ) {
                verbInClause = false;
            }
        }
    }

    /** Applies the shape rules 1 and 2 to one token. */
    static PartOfSpeech shape(String word, PartOfSpeech tag, PartOfSpeech next) {
        if (word.isEmpty()) {
            return tag;
        }
        int first = word.codePointAt(0);
        if (Character.isDigit(first) && isNumber(word)) {
            return PartOfSpeech.NUM;
        }
        if (Character.isLetter(first) && (tag == PartOfSpeech.PUNCT || tag == PartOfSpeech.SYM)) {
            return next.nominal() ? PartOfSpeech.ADJ : PartOfSpeech.NOUN;
        }
        return tag;
    }

    private boolean auxiliary(String word) {
        return lexicon.is(word, WordClass.BE) || lexicon.is(word, WordClass.HAVE) || lexicon.is(word, WordClass.DO);
    }

    private boolean verbAfter(String[] lower, PartOfSpeech[] tags, int from) {
        for (int j = from; j < tags.length; j++) {
            if (tags[j].verbal()) {
                return true;
            }
            if (tags[j] != PartOfSpeech.ADV && !lexicon.is(lower[j], WordClass.NEGATION)) {
                return false;
            }
        }
        return false;
    }

    private boolean afterAuxiliary(String[] lower, PartOfSpeech[] tags, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tags[j] == PartOfSpeech.AUX) {
                String aux = lower[j];
                return lexicon.is(aux, WordClass.HAVE) || lexicon.is(aux, WordClass.DO) || lexicon.is(aux, WordClass.MODAL);
            }
            if (tags[j] != PartOfSpeech.ADV && !lexicon.is(lower[j], WordClass.NEGATION)) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterVerbOrTo(String[] lower, PartOfSpeech[] tags, int i) {
        int j = i - 1;
        while (j >= 0 && tags[j] == PartOfSpeech.PUNCT && Token.isQuoteMark(lower[j])) {
            j--;
        }
        return j >= 0 && (tags[j] == PartOfSpeech.VERB || lower[j].equals("to"));
    }

    private boolean pluralNoun(String word) {
        return word.endsWith("s") && !lemmatizer.lemma(word, PartOfSpeech.NOUN).equals(word);
    }

    private boolean pastOfVerb(String word) {
        return Inflection.past(word, lemmatizer.lemma(word, PartOfSpeech.VERB))
                && lemmatizer.lemma(word, PartOfSpeech.NOUN).equals(word);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != ',' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
