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
 * Joins each preposition to the noun phrase after it and decides what the phrase modifies: the
 * {@link #PREPOSITIONAL_PHRASES} layer.
 *
 * <p>A preposition is a token tagged ADP, a preposition the tagger called a particle ("to 19"), or a word the lexicon lists as a preposition but the tagger called
 * a verb, followed by another preposition ("according to", read as one two-word preposition). Its object is
 * the noun phrase that starts right after it, if any.
 *
 * <p><b>Attachment</b>, a heuristic in this order:
 * <ol>
 *   <li>right after a verb group: the verb ("said on Monday");</li>
 *   <li>right after a noun phrase, a {@link WordClass#GENITIVE} preposition ("of"): that noun ("six members
 *       of a family");</li>
 *   <li>right after the object of a phrase attached to a verb: the same verb ("killed in Aleppo on
 *       Monday");</li>
 *   <li>right after a noun phrase with a verb group earlier in the same stretch of the sentence (no comma or
 *       subordinator between): the verb, as news places and dates usually modify the event;</li>
 *   <li>right after a noun phrase otherwise (before any verb): that noun ("members in the village said");</li>
 *   <li>anything else, such as a phrase after a comma or opening the sentence: {@link Attachment#NONE}.</li>
 * </ol>
 * One pass per sentence, O(1) work per token with the per-document token indexes. Stateless and thread-safe.
 */
public final class PrepositionalPhraseChunker implements Stage {

    /** The prepositional-phrase layer, in text order. */
    public static final Layer<PrepositionalPhrase> PREPOSITIONAL_PHRASES =
            new Layer<>("prepositional phrases", PrepositionalPhrase.class);

    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED, NounPhraseChunker.NOUN_PHRASES,
                VerbGroupChunker.VERB_GROUPS);
    }

    @Override
    public Layer<?> provides() {
        return PREPOSITIONAL_PHRASES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        List<NounPhrase> nps = document.get(NounPhraseChunker.NOUN_PHRASES);
        List<VerbGroup> vgs = document.get(VerbGroupChunker.VERB_GROUPS);
        TokenIndex np = TokenIndex.of(words.size(), nps, NounPhrase::first, NounPhrase::last);
        TokenIndex vg = TokenIndex.of(words.size(), vgs, VerbGroup::first, VerbGroup::last);
        List<PrepositionalPhrase> phrases = new ArrayList<>();
        int[] verbOfObject = new int[nps.size()];
        java.util.Arrays.fill(verbOfObject, -1);
        for (int start = 0; start < words.size(); ) {
            int end = Chunks.sentenceEnd(words, start);
            int verbInStretch = -1;
            int skipTo = start;
            for (int i = start; i < end; i++) {
                if (vg.ending(i) >= 0) {
                    verbInStretch = vg.ending(i);
                }
                if (boundary(words, tokens, i)) {
                    verbInStretch = -1;
                }
                int objectStart = prepositionEnd(words, tokens, i, end);
                if (i < skipTo || objectStart < 0 || vg.covering(i) >= 0 || np.covering(i) >= 0) {
                    continue;
                }
                skipTo = objectStart;
                int object = np.starting(objectStart);
                String lemma = objectStart == i + 1 ? tokens.get(i).lower()
                        : tokens.get(i).lower() + " " + tokens.get(i + 1).lower();
                Attachment attachment = Attachment.NONE;
                int attachedTo = -1;
                int before = i - 1;
                if (before >= start && vg.ending(before) >= 0) {
                    attachment = Attachment.VERB;
                    attachedTo = vg.ending(before);
                } else if (before >= start && np.ending(before) >= 0) {
                    int noun = np.ending(before);
                    if (lexicon.is(tokens.get(i).lower(), WordClass.GENITIVE)) {
                        attachment = Attachment.NOUN;
                        attachedTo = noun;
                    } else if (verbOfObject[noun] >= 0) {
                        attachment = Attachment.VERB;
                        attachedTo = verbOfObject[noun];
                    } else if (verbInStretch >= 0) {
                        attachment = Attachment.VERB;
                        attachedTo = verbInStretch;
                    } else {
                        attachment = Attachment.NOUN;
                        attachedTo = noun;
                    }
                }
                if (object >= 0 && attachment == Attachment.VERB) {
                    verbOfObject[object] = attachedTo;
                }
                int last = object >= 0 ? nps.get(object).last() : objectStart - 1;
                phrases.add(new PrepositionalPhrase(phrases.size(), words.get(i).sentence(),
                        Chunks.span(words, i, last), i, lemma, object, attachment, attachedTo));
            }
            start = end;
        }
        document.put(PREPOSITIONAL_PHRASES, phrases);
    }

    // Returns where the object would start when a preposition starts at i, or -1.
    private int prepositionEnd(List<TaggedWord> words, List<Token> tokens, int i, int end) {
        if (words.get(i).tag() == PartOfSpeech.ADP) {
            return i + 1;
        }
        // the tagger calls "to" a particle before a number ("risen to 19"); outside a verb group it is a preposition
        if (words.get(i).tag() == PartOfSpeech.PART && lexicon.is(tokens.get(i).lower(), WordClass.PREPOSITION)) {
            return i + 1;
        }
        if (words.get(i).tag().verbal() && lexicon.is(tokens.get(i).lower(), WordClass.PREPOSITION) && i + 1 < end
                && words.get(i + 1).tag() == PartOfSpeech.ADP) {
            return i + 2;
        }
        return -1;
    }

    private boolean boundary(List<TaggedWord> words, List<Token> tokens, int i) {
        PartOfSpeech tag = words.get(i).tag();
        return tag == PartOfSpeech.SCONJ || tag == PartOfSpeech.PUNCT && !tokens.get(i).word();
    }
}
