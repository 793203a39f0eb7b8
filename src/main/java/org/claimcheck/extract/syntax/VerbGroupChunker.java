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
 * Finds verb groups with a finite-state scan over the tags: the {@link #VERB_GROUPS} layer.
 *
 * <p>A group is an optional infinitive marker "to", then auxiliaries and modals, negation and adverbs in
 * any order, closed by at most one main verb: "had not been independently verified", "did not deny",
 * "cannot confirm", "to have been paid". It may open with a negation ("never confirmed") but not with
 * another adverb, which stays outside ("also said" is the group "said"). A group of auxiliaries alone is a
 * copula ("was not present", head "was"). A verb the lexicon lists as a preposition ("according") is not a
 * verb. The group ends after its main verb, so "keep pumping" is two groups.
 *
 * <p>Features come from the lexicon's classes of the auxiliaries ({@link WordClass#BE},
 * {@link WordClass#HAVE}, {@link WordClass#MODAL}, {@link WordClass#FUTURE}, {@link WordClass#PAST},
 * {@link WordClass#NEGATION}) and, for a main verb alone, from its spelling against its lemma
 * ({@link Inflection}): "said" is past, "says" present, "put" present (a known ambiguity).
 *
 * <p>One left-to-right pass per sentence, no backtracking past a group. Stateless and thread-safe.
 */
public final class VerbGroupChunker implements Stage {

    /** The verb-group layer, in text order. */
    public static final Layer<VerbGroup> VERB_GROUPS = new Layer<>("verb groups", VerbGroup.class);

    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED);
    }

    @Override
    public Layer<?> provides() {
        return VERB_GROUPS;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);
        List<Token> tokens = document.get(Tokenizer.TOKENS);
        List<VerbGroup> groups = new ArrayList<>();
        for (int start = 0; start < words.size(); ) {
            int end = Chunks.sentenceEnd(words, start);
            int i = start;
            while (i < end) {
                int next = groupAt(words, tokens, i, end, groups);
                i = next > i ? next : i + 1;
            }
            start = end;
        }
        document.put(VERB_GROUPS, groups);
    }

    // Tries a group starting at i; returns the index after it, or i when none starts here.
    private int groupAt(List<TaggedWord> words, List<Token> tokens, int i, int end, List<VerbGroup> out) {
        boolean infinitive = words.get(i).tag() == PartOfSpeech.PART
                && lexicon.is(tokens.get(i).lower(), WordClass.INFINITIVE_MARKER);
        boolean leadingNegation = !infinitive && lexicon.is(tokens.get(i).lower(), WordClass.NEGATION)
                && !verbal(words, tokens, i);
        if (!infinitive && !leadingNegation && !verbal(words, tokens, i)) {
            return i;
        }
        int j = infinitive || leadingNegation ? i + 1 : i;
        int lastVerbal = -1;
        int last = -1;
        while (j < end) {
            if (verbal(words, tokens, j)) {
                last = j;
                lastVerbal = j;
                j++;
                if (words.get(lastVerbal).tag() == PartOfSpeech.VERB) {
                    break;
                }
            } else if (adverbial(words, tokens, j) && followedByVerb(words, tokens, j, end)) {
                j++;
            } else if (lastVerbal >= 0 && lexicon.is(tokens.get(j).lower(), WordClass.NEGATION)) {
                last = j;
                j++;
            } else {
                break;
            }
        }
        if (lastVerbal < 0) {
            return i;
        }
        out.add(describe(words, tokens, i, Math.max(last, lastVerbal), lastVerbal, infinitive, out.size()));
        return Math.max(last, lastVerbal) + 1;
    }

    private VerbGroup describe(List<TaggedWord> words, List<Token> tokens, int first, int last, int head,
            boolean infinitive, int index) {
        boolean negated = false;
        String modal = "";
        boolean future = false;
        boolean perfect = false;
        int finite = -1;
        int be = -1;
        for (int k = first; k <= last; k++) {
            String lower = tokens.get(k).lower();
            negated |= lexicon.is(lower, WordClass.NEGATION);
            boolean verbal = verbal(words, tokens, k);
            if (!verbal) {
                continue;
            }
            if (finite < 0) {
                finite = k;
            }
            if (k >= head) {
                continue;
            }
            if (modal.isEmpty() && lexicon.is(lower, WordClass.MODAL)) {
                modal = words.get(k).lemma();
            }
            future |= lexicon.is(lower, WordClass.FUTURE);
            perfect |= lexicon.is(lower, WordClass.HAVE);
            be = lexicon.is(lower, WordClass.BE) ? k : -1;
        }
        String headLower = tokens.get(head).lower();
        String lemma = words.get(head).lemma();
        boolean participle = Inflection.presentParticiple(headLower, lemma);
        boolean headIsMain = words.get(head).tag() == PartOfSpeech.VERB;
        boolean progressive = be >= 0 && headIsMain && participle;
        boolean passive = be >= 0 && headIsMain && Inflection.past(headLower, lemma);
        return new VerbGroup(index, words.get(first).sentence(), Chunks.span(words, first, last), first, last, head,
                lemma, negated, modal, tense(words, tokens, finite, future, infinitive),
                passive ? Voice.PASSIVE : Voice.ACTIVE, perfect, progressive, infinitive);
    }

    private Tense tense(List<TaggedWord> words, List<Token> tokens, int finite, boolean future, boolean infinitive) {
        if (future) {
            return Tense.FUTURE;
        }
        if (infinitive) {
            return Tense.PRESENT;
        }
        String lower = tokens.get(finite).lower();
        if (lexicon.contains(lower) && (lexicon.is(lower, WordClass.AUXILIARY) || lexicon.is(lower, WordClass.MODAL))) {
            return lexicon.is(lower, WordClass.PAST) ? Tense.PAST : Tense.PRESENT;
        }
        return Inflection.past(lower, words.get(finite).lemma()) ? Tense.PAST : Tense.PRESENT;
    }

    private boolean verbal(List<TaggedWord> words, List<Token> tokens, int k) {
        return words.get(k).tag().verbal() && !lexicon.is(tokens.get(k).lower(), WordClass.PREPOSITION);
    }

    private boolean adverbial(List<TaggedWord> words, List<Token> tokens, int k) {
        return words.get(k).tag() == PartOfSpeech.ADV || words.get(k).tag() == PartOfSpeech.PART
                && lexicon.is(tokens.get(k).lower(), WordClass.NEGATION);
    }

    // An adverb belongs to the group only when a verb follows it, past further adverbs (at most a few).
    private boolean followedByVerb(List<TaggedWord> words, List<Token> tokens, int k, int end) {
        for (int j = k + 1; j < end && j <= k + 3; j++) {
            if (verbal(words, tokens, j)) {
                return true;
            }
            if (!adverbial(words, tokens, j)) {
                return false;
            }
        }
        return false;
    }
}
