package org.claimcheck.extract.syntax;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.claimcheck.extract.AnnotatedDocument;

/**
 * A read-only view of a document's syntax layers with O(1) look-ups by token: the tagged word, the noun
 * phrase, verb group, prepositional phrase and innermost clause covering a token, and what a prepositional
 * phrase attaches to.
 *
 * <p>{@link #of} builds the indexes in one pass over the layers (time and memory linear in the document);
 * afterwards the view never changes and may be shared between threads. Token indexes are document-wide; an
 * index outside the document finds nothing.
 */
public final class Syntax {

    private final List<TaggedWord> words;
    private final List<NounPhrase> nounPhrases;
    private final List<VerbGroup> verbGroups;
    private final List<PrepositionalPhrase> prepositionalPhrases;
    private final List<Clause> clauses;
    private final TokenIndex np;
    private final TokenIndex vg;
    private final int[] ppAt;
    private final int[] innermost;

    private Syntax(AnnotatedDocument document) {
        words = document.get(PartOfSpeechTagger.TAGGED);
        nounPhrases = document.get(NounPhraseChunker.NOUN_PHRASES);
        verbGroups = document.get(VerbGroupChunker.VERB_GROUPS);
        prepositionalPhrases = document.get(PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES);
        clauses = document.get(ClauseSegmenter.CLAUSES);
        np = TokenIndex.of(words.size(), nounPhrases, NounPhrase::first, NounPhrase::last);
        vg = TokenIndex.of(words.size(), verbGroups, VerbGroup::first, VerbGroup::last);
        ppAt = new int[words.size()];
        Arrays.fill(ppAt, -1);
        for (PrepositionalPhrase pp : prepositionalPhrases) {
            int last = pp.object() >= 0 ? nounPhrases.get(pp.object()).last() : pp.preposition();
            for (int t = pp.preposition(); t <= last; t++) {
                ppAt[t] = pp.index();
            }
        }
        innermost = innermostClauses();
    }

    /**
     * Returns the view of a document that has been through every syntax stage.
     *
     * @throws IllegalStateException naming the layer, when a syntax layer is missing
     */
    public static Syntax of(AnnotatedDocument document) {
        return new Syntax(document);
    }

    // Clauses nest, so a sweep over the tokens with a stack of the clauses open there finds the innermost
    // one of each token in O(tokens + clauses log clauses).
    private int[] innermostClauses() {
        int[] at = new int[words.size()];
        Arrays.fill(at, -1);
        Integer[] order = new Integer[clauses.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> clauses.get(i).first())
                .thenComparing(i -> -clauses.get(i).last()).thenComparingInt(i -> i));
        Deque<Clause> open = new ArrayDeque<>();
        int next = 0;
        for (int t = 0; t < at.length; t++) {
            while (next < order.length && clauses.get(order[next]).first() <= t) {
                open.push(clauses.get(order[next++]));
            }
            while (!open.isEmpty() && open.peek().last() < t) {
                open.pop();
            }
            at[t] = open.isEmpty() ? -1 : open.peek().index();
        }
        return at;
    }

    /**
     * Returns the tagged word of a token.
     *
     * @throws IndexOutOfBoundsException when the document has no such token
     */
    public TaggedWord word(int token) {
        return words.get(token);
    }

    /** Returns the noun phrase covering a token. */
    public Optional<NounPhrase> nounPhraseAt(int token) {
        int n = np.covering(token);
        return n < 0 ? Optional.empty() : Optional.of(nounPhrases.get(n));
    }

    /** Returns the verb group covering a token. */
    public Optional<VerbGroup> verbGroupAt(int token) {
        int g = vg.covering(token);
        return g < 0 ? Optional.empty() : Optional.of(verbGroups.get(g));
    }

    /** Returns the prepositional phrase covering a token: its preposition or its object. */
    public Optional<PrepositionalPhrase> prepositionalPhraseAt(int token) {
        int p = token >= 0 && token < ppAt.length ? ppAt[token] : -1;
        return p < 0 ? Optional.empty() : Optional.of(prepositionalPhrases.get(p));
    }

    /** Returns the innermost clause holding a token. */
    public Optional<Clause> clauseAt(int token) {
        int c = token >= 0 && token < innermost.length ? innermost[token] : -1;
        return c < 0 ? Optional.empty() : Optional.of(clauses.get(c));
    }

    /** Returns the noun phrase a prepositional phrase attaches to, when it attaches to a noun. */
    public Optional<NounPhrase> attachedNoun(PrepositionalPhrase phrase) {
        return phrase.attachment() == Attachment.NOUN ? Optional.of(nounPhrases.get(phrase.attachedTo()))
                : Optional.empty();
    }

    /** Returns the verb group a prepositional phrase attaches to, when it attaches to a verb. */
    public Optional<VerbGroup> attachedVerb(PrepositionalPhrase phrase) {
        return phrase.attachment() == Attachment.VERB ? Optional.of(verbGroups.get(phrase.attachedTo()))
                : Optional.empty();
    }

    /** Returns the object of a prepositional phrase. */
    public Optional<NounPhrase> object(PrepositionalPhrase phrase) {
        return phrase.object() < 0 ? Optional.empty() : Optional.of(nounPhrases.get(phrase.object()));
    }

    /** Returns a clause's verb group. */
    public Optional<VerbGroup> verbGroup(Clause clause) {
        return clause.verbGroup() < 0 ? Optional.empty() : Optional.of(verbGroups.get(clause.verbGroup()));
    }

    /** Returns a clause's subject. */
    public Optional<NounPhrase> subject(Clause clause) {
        return clause.subject() < 0 ? Optional.empty() : Optional.of(nounPhrases.get(clause.subject()));
    }

    /** Returns a clause's parent. */
    public Optional<Clause> parent(Clause clause) {
        return clause.parent() < 0 ? Optional.empty() : Optional.of(clauses.get(clause.parent()));
    }

    /** Returns the noun phrases, in text order. */
    public List<NounPhrase> nounPhrases() {
        return nounPhrases;
    }

    /** Returns the verb groups, in text order. */
    public List<VerbGroup> verbGroups() {
        return verbGroups;
    }

    /** Returns the prepositional phrases, in text order. */
    public List<PrepositionalPhrase> prepositionalPhrases() {
        return prepositionalPhrases;
    }

    /** Returns the clauses, each sentence's main clause first. */
    public List<Clause> clauses() {
        return clauses;
    }
}
