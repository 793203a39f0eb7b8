package org.claimcheck.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.ClosedClassLexicon;
import org.claimcheck.extract.lexicon.WordClass;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;

/**
 * Finds base noun phrases with a finite-state scan over the tags: the {@link #NOUN_PHRASES} layer.
 *
 * <p>A phrase is an optional number qualifier ("at least", "nearly": {@link WordClass#QUALIFIER} phrases of up
 * to three words before a numeral), an optional determiner or possessive determiner, then adjectives,
 * numerals, nouns and names, with an adverb allowed before an adjective or numeral ("a very large crowd").
 * A word with "'s" ({@link WordClass#POSSESSIVE}) is a possessor inside the phrase when a noun follows
 * ("the ministry's spokesman"). A lower-case {@link WordClass#NAME_CONNECTOR} between two capitalised names
 * keeps them one phrase ("the Observatory for Human Rights"). A personal pronoun is a phrase alone, and so is
 * a quantifying or demonstrative determiner used as a pronoun ("some said"). The head is the last noun, name,
 * numeral or pronoun. Relative pronouns are not phrases: they mark clauses.
 *
 * <p>Phrases never overlap and never cross a sentence. One left-to-right pass, each token looked at a
 * bounded number of times. Stateless and thread-safe.
 */
public final class NounPhraseChunker implements Stage {

    /** The noun-phrase layer, in text order. */
    public static final Layer<NounPhrase> NOUN_PHRASES = new Layer<>("noun phrases", NounPhrase.class);

    private static final int LONGEST_QUALIFIER = 3;

    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED);
    }

    @Override
    public Layer<?> provides() {
        return NOUN_PHRASES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        List<NounPhrase> phrases = new ArrayList<>();
        for (int start = 0; start < words.size(); ) {
            int end = Chunks.sentenceEnd(words, start);
            new Scan(words, tokens, start, end, phrases).run();
            start = end;
        }
        document.put(NOUN_PHRASES, phrases);
    }

    /** One sentence's scan. */
    private final class Scan {

        private final List<TaggedWord> words;
        private final List<Token> tokens;
        private final int start;
        private final int end;
        private final List<NounPhrase> out;
        private final int[] qualifierOf;

        Scan(List<TaggedWord> words, List<Token> tokens, int start, int end, List<NounPhrase> out) {
            this.words = words;
            this.tokens = tokens;
            this.start = start;
            this.end = end;
            this.out = out;
            this.qualifierOf = qualifiers();
        }

        // For each numeral, the longest qualifier phrase just before it: qualifierOf[k] is the numeral's index
        // when token start + k opens one, else -1.
        private int[] qualifiers() {
            int[] of = new int[end - start];
            java.util.Arrays.fill(of, -1);
            for (int n = start; n < end; n++) {
                if (!tag(n).equals(PartOfSpeech.NUM)) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder();
                int opens = -1;
                for (int q = 1; q <= LONGEST_QUALIFIER && n - q >= start; q++) {
                    phrase.insert(0, q == 1 ? lower(n - q) : lower(n - q) + " ");
                    if (lexicon.is(phrase.toString(), WordClass.QUALIFIER)) {
                        opens = n - q;
                    }
                }
                if (opens >= 0) {
                    of[opens - start] = n;
                }
            }
            return of;
        }

        void run() {
            int i = start;
            while (i < end) {
                int next = phraseAt(i);
                i = next > i ? next : i + 1;
            }
        }

        // Tries a phrase starting at i; returns the index after it, or i when none starts here.
        private int phraseAt(int i) {
            PartOfSpeech tag = tag(i);
            String word = lower(i);
            if (tag == PartOfSpeech.PRON && !lexicon.is(word, WordClass.DETERMINER)) {
                if (lexicon.is(word, WordClass.RELATIVE) && !lexicon.is(word, WordClass.PERSONAL_PRONOUN)) {
                    return i;
                }
                emit(i, i, i, -1, false);
                return i + 1;
            }
            int first = i;
            int j = i;
            int determiner = -1;
            if (qualifierOf[i - start] >= 0) {
                j = qualifierOf[i - start];
            } else if (tag == PartOfSpeech.DET || tag == PartOfSpeech.PRON) {
                determiner = i;
                j = i + 1;
            }
            int last = -1;
            boolean possessive = determiner >= 0 && lexicon.is(word, WordClass.POSSESSIVE);
            while (j < end && inside(j, last)) {
                last = j;
                if (lexicon.is(lower(j), WordClass.POSSESSIVE) && tag(j).nominal()) {
                    possessive = true;
                }
                j = connectorAfter(j) ? j + 2 : j + 1;
            }
            if (last < 0) {
                // a determiner alone stands for a noun only when it quantifies or points ("some said", "those")
                if (determiner >= 0 && tag == PartOfSpeech.DET && (lexicon.is(word, WordClass.QUANTIFIER)
                        || lexicon.is(word, WordClass.DEMONSTRATIVE)) && !nominalAt(i + 1)) {
                    emit(i, i, i, i, false);
                    return i + 1;
                }
                // "her" with nothing after it is the object pronoun, not the possessive
                if (tag == PartOfSpeech.PRON && lexicon.is(word, WordClass.PERSONAL_PRONOUN)) {
                    emit(i, i, i, -1, false);
                    return i + 1;
                }
                return i;
            }
            int head = headOf(first, last);
            if (head < 0) {
                return i;
            }
            emit(first, last, head, determiner, possessive);
            return last + 1;
        }

        // Adverbs count only before an adjective or numeral; a possessor ends the phrase unless a noun follows.
        private boolean inside(int j, int last) {
            if (last >= 0 && lexicon.is(lower(last), WordClass.POSSESSIVE) && tag(last).nominal()
                    && !nominalOrModifierAt(j)) {
                return false;
            }
            PartOfSpeech tag = tag(j);
            return switch (tag) {
                case ADJ, NUM, NOUN, PROPN -> true;
                case ADV -> j + 1 < end && (tag(j + 1) == PartOfSpeech.ADJ || tag(j + 1) == PartOfSpeech.NUM)
                        && j + 2 < end && nominalOrModifierAt(j + 2);
                default -> false;
            };
        }

        // The tagger often calls a capitalised word of a name NOUN or ADJ ("Institute", "Coastal"), so a name
        // word here is any capitalised noun, name or adjective.
        private boolean connectorAfter(int j) {
            return j + 2 < end && nameWord(j) && !tokens.get(j + 1).capitalized()
                    && lexicon.is(lower(j + 1), WordClass.NAME_CONNECTOR) && nameWord(j + 2);
        }

        private boolean nameWord(int j) {
            PartOfSpeech tag = tag(j);
            return tokens.get(j).capitalized() && (tag.nominal() || tag == PartOfSpeech.ADJ);
        }

        // A capitalised head inside the sentence is a name even when tagged NOUN ("the Regional Institute").
        private boolean proper(int head) {
            return tag(head) == PartOfSpeech.PROPN || head > start && tag(head) == PartOfSpeech.NOUN
                    && tokens.get(head).capitalized();
        }

        private boolean nominalAt(int j) {
            return j < end && tag(j).nominal();
        }

        private boolean nominalOrModifierAt(int j) {
            if (j >= end) {
                return false;
            }
            PartOfSpeech tag = tag(j);
            return tag.nominal() || tag == PartOfSpeech.ADJ || tag == PartOfSpeech.NUM;
        }

        // The last noun or name; failing that the last numeral; failing that an adjective after a determiner.
        private int headOf(int first, int last) {
            int number = -1;
            for (int k = last; k >= first; k--) {
                if (tag(k).nominal()) {
                    return k;
                }
                if (number < 0 && tag(k) == PartOfSpeech.NUM && qualifierOf[k - start] < 0) {
                    number = k;
                }
            }
            if (number >= 0) {
                return number;
            }
            return tag(first) == PartOfSpeech.DET && last > first ? last : -1;
        }

        private void emit(int first, int last, int head, int determiner, boolean possessive) {
            List<Integer> numbers = new ArrayList<>();
            List<Integer> modifiers = new ArrayList<>();
            int body = determiner >= 0 ? determiner + 1 : first;
            for (int k = body; k <= last; k++) {
                if (tag(k) == PartOfSpeech.NUM) {
                    numbers.add(k);
                } else if (k != head && (tag(k) == PartOfSpeech.ADJ || tag(k).nominal()) && !inQualifier(k, first)) {
                    modifiers.add(k);
                }
            }
            PartOfSpeech headTag = tag(head);
            out.add(new NounPhrase(out.size(), words.get(first).sentence(), Chunks.span(words, first, last), first,
                    last, head, determiner, numbers, modifiers, proper(head),
                    headTag == PartOfSpeech.PRON, possessive));
        }

        private boolean inQualifier(int k, int first) {
            int numeral = qualifierOf[first - start];
            return numeral >= 0 && k < numeral;
        }

        private PartOfSpeech tag(int i) {
            return words.get(i).tag();
        }

        private String lower(int i) {
            return tokens.get(i).lower();
        }
    }
}
