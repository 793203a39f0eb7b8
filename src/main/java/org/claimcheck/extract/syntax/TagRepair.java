package org.claimcheck.extract.syntax;

/**
 * Corrects the tagger's known mistakes on token shapes it was not trained on: the UD training text splits
 * what our tokenizer keeps whole.
 *
 * <ul>
 *   <li>A token of digits with inner separators ("100,000", "3.5") is {@link PartOfSpeech#NUM}; the model
 *       sometimes calls a grouped number a noun.</li>
 *   <li>A token that starts with a letter is never punctuation or a symbol: a hyphenated word the model
 *       has never seen whole ("peer-reviewed") becomes {@link PartOfSpeech#ADJ} before a noun and
 *       {@link PartOfSpeech#NOUN} elsewhere.</li>
 * </ul>
 * Stateless; one pass over a sentence, constant work per token.
 */
final class TagRepair {

    private TagRepair() {
    }

    /**
     * Returns the corrected tag of one token.
     *
     * @param word the token as written
     * @param tag  the model's tag
     * @param next the model's tag of the following token in the sentence, or {@link PartOfSpeech#PUNCT}
     *             at its end
     */
    static PartOfSpeech repair(String word, PartOfSpeech tag, PartOfSpeech next) {
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
