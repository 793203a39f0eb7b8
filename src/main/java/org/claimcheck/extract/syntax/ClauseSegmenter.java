package org.claimcheck.extract.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * Segments each sentence into nested clauses around its verb groups: the {@link #CLAUSES} layer.
 *
 * <p><b>How.</b> First the reporting frame at the sentence's end is recognised: "…, rescue workers said."
 * or "…, said the ministry." (a {@link WordClass#REPORTING} verb next to a noun phrase after a comma or a
 * closing quotation mark). The frame is the main clause; what comes before it is its child, a
 * {@link ClauseKind#QUOTATION} when it is quoted, else {@link ClauseKind#REPORTED}. The rest is one
 * left-to-right pass with a stack of open clauses:
 * <ul>
 *   <li>"that"/"whether" ({@link WordClass#COMPLEMENTIZER}, tagged SCONJ) after a verb or a noun opens a
 *       {@link ClauseKind#THAT_COMPLEMENT}; directly before a verb group it opens a relative clause;</li>
 *   <li>a {@link WordClass#RELATIVE} pronoun after a noun phrase (a comma between allowed) opens a
 *       {@link ClauseKind#RELATIVE}; a {@link WordClass#SUBORDINATOR} tagged SCONJ an
 *       {@link ClauseKind#ADVERBIAL};</li>
 *   <li>a coordinator followed by a noun phrase and a finite verb group opens a
 *       {@link ClauseKind#COORDINATE}; when that verb reports ("and the mayor denied…") it joins the nearest
 *       open clause with a reporting verb, closing those above it;</li>
 *   <li>an infinitive verb group opens an {@link ClauseKind#INFINITIVAL}, an "-ing" verb alone after a comma
 *       a {@link ClauseKind#PARTICIPIAL}; quotation marks open and close a {@link ClauseKind#QUOTATION};</li>
 *   <li>a finite verb group goes to the innermost open clause that has none (closing a finished
 *       complement: "Reports that the dam had burst | are false"); a reporting verb followed by a noun phrase
 *       and a finite verb group opens a {@link ClauseKind#REPORTED} child at that noun phrase ("said the
 *       toll had risen");</li>
 *   <li>a comma closes an open relative, participial, adverbial or infinitival clause that has its verb.</li>
 * </ul>
 * The subject is the noun phrase ending right before the verb group, past adverbs (or the noun it
 * belongs to through "of" and other noun-attached prepositional phrases: "six members of a family"); past an apposition or a
 * closed relative between commas ("X, a spokesman for Y, said"); the noun a finished complement hangs on
 * ("Reports that…"); for a relative clause whose pronoun is the subject, the noun it follows.
 *
 * <p><b>Cost.</b> Linear in the sentence: every token is pushed or popped at most once, the look-back for
 * an apposition's comma is bounded to {@value #APPOSITION_REACH} tokens. Stateless and thread-safe.
 */
public final class ClauseSegmenter implements Stage {

    /** The clause layer: per sentence its main clause first, then the others in order of their first token. */
    public static final Layer<Clause> CLAUSES = new Layer<>("clauses", Clause.class);

    private static final int APPOSITION_REACH = 40;

    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, PartOfSpeechTagger.TAGGED, NounPhraseChunker.NOUN_PHRASES,
                VerbGroupChunker.VERB_GROUPS, PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES);
    }

    @Override
    public Layer<?> provides() {
        return CLAUSES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<TaggedWord> words = document.get(PartOfSpeechTagger.TAGGED);
        List<NounPhrase> nps = document.get(NounPhraseChunker.NOUN_PHRASES);
        int[] owner = new int[nps.size()];
        java.util.Arrays.fill(owner, -1);
        for (PrepositionalPhrase pp : document.get(PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES)) {
            if (pp.object() >= 0 && pp.attachment() == Attachment.NOUN) {
                owner[pp.object()] = pp.attachedTo();
            }
        }
        Context context = new Context(words, document.get(Tokenizer.TOKENS), nps,
                document.get(VerbGroupChunker.VERB_GROUPS), owner);
        List<Clause> clauses = new ArrayList<>();
        for (int start = 0; start < words.size(); ) {
            int end = Chunks.sentenceEnd(words, start);
            new Segmentation(context, start, end, clauses).run();
            start = end;
        }
        document.put(CLAUSES, clauses);
    }

    /**
     * The document's layers and their token indexes; {@code owner} gives, for a noun phrase that is the object
     * of a prepositional phrase attached to a noun, that noun ("a family" → "six members"), else -1.
     */
    private record Context(List<TaggedWord> words, List<Token> tokens, List<NounPhrase> nps, List<VerbGroup> vgs,
            int[] owner, TokenIndex np, TokenIndex vg) {

        Context(List<TaggedWord> words, List<Token> tokens, List<NounPhrase> nps, List<VerbGroup> vgs, int[] owner) {
            this(words, tokens, nps, vgs, owner, TokenIndex.of(words.size(), nps, NounPhrase::first, NounPhrase::last),
                    TokenIndex.of(words.size(), vgs, VerbGroup::first, VerbGroup::last));
        }
    }

    /** A clause while its sentence is segmented. */
    private static final class Open {
        final int id;
        final ClauseKind kind;
        final int first;
        final Open parent;
        final int marker;
        int last = -1;
        int verb = -1;
        int subject = -1;
        int antecedent = -1;
        int childLast = -1;

        Open(int id, ClauseKind kind, int first, Open parent, int marker) {
            this.id = id;
            this.kind = kind;
            this.first = first;
            this.parent = parent;
            this.marker = marker;
        }
    }

    /** One sentence's segmentation. */
    private final class Segmentation {

        private final Context c;
        private final int start;
        private final int end;
        private final List<Clause> out;
        private final List<Open> opened = new ArrayList<>();
        private final Deque<Open> stack = new ArrayDeque<>();
        private Open lastClosed;

        Segmentation(Context context, int start, int end, List<Clause> out) {
            this.c = context;
            this.start = start;
            this.end = end;
            this.out = out;
        }

        void run() {
            Open main = open(ClauseKind.MAIN, start, null, -1);
            main.last = end - 1;
            int lastWord = lastWord();
            if (lastWord < 0 || !frame(main, lastWord)) {
                stack.push(main);
                scan(main, start, end - 1, lastWord < 0 ? end - 1 : lastWord);
            }
            int base = out.size();
            for (Open clause : opened) {
                out.add(new Clause(base + clause.id, c.words().get(start).sentence(),
                        Chunks.span(c.words(), clause.first, clause.last), clause.first, clause.last, clause.kind,
                        clause.parent == null ? -1 : base + clause.parent.id, clause.verb, clause.subject,
                        clause.marker));
            }
        }

        // "…, the ministry said." / "…, said the ministry." / "\"…,\" the minister said."
        private boolean frame(Open main, int lastWord) {
            int subject = -1;
            int verb = -1;
            int frameStart = -1;
            int g = c.vg().ending(lastWord);
            if (g >= 0 && reporting(g)) {
                int k = skipAdverbsLeft(c.vgs().get(g).first() - 1);
                subject = c.np().ending(k);
                verb = g;
                frameStart = subject >= 0 ? c.nps().get(subject).first() : -1;
            } else {
                int n = c.np().ending(lastWord);
                int v = n >= 0 ? c.vg().ending(c.nps().get(n).first() - 1) : -1;
                if (v >= 0 && reporting(v)) {
                    subject = n;
                    verb = v;
                    frameStart = c.vgs().get(v).first();
                }
            }
            if (frameStart <= start || !comma(frameStart - 1) && !quote(frameStart - 1)) {
                return false;
            }
            int contentLast = frameStart - 1;
            int closingQuote = -1;
            while (contentLast > start && (comma(contentLast) || quote(contentLast))) {
                if (quote(contentLast) && closingQuote < 0) {
                    closingQuote = contentLast;
                }
                contentLast--;
            }
            if (!hasVerb(start, contentLast)) {
                return false;
            }
            main.verb = verb;
            main.subject = subject;
            stack.push(main);
            boolean quoted = quote(start) && closingQuote > start;
            Open content = open(quoted ? ClauseKind.QUOTATION : ClauseKind.REPORTED, start, main, -1);
            content.last = quoted ? closingQuote : contentLast;
            stack.push(content);
            scan(content, quoted ? start + 1 : start, contentLast, contentLast);
            stack.clear();
            return true;
        }

        // Walks tokens from..to inside root, the top of the stack; clauses still open at the end close at lastWord.
        private void scan(Open root, int from, int to, int lastWord) {
            for (int i = from; i <= to; i++) {
                if (quote(i)) {
                    quotation(i, root);
                    continue;
                }
                if (comma(i)) {
                    closeClosable(i - 1, root);
                    continue;
                }
                marker(i, root);
                int g = c.vg().starting(i);
                if (g >= 0) {
                    verbGroup(g, root);
                }
            }
            while (stack.peek() != root) {
                close(lastWord);
            }
        }

        private void quotation(int i, Open root) {
            char mark = c.tokens().get(i).text().charAt(0);
            boolean inside = false;
            for (Open clause : stack) {
                if (clause == root) {
                    break;
                }
                inside |= clause.kind == ClauseKind.QUOTATION;
            }
            boolean closing = mark == '\u201d' || mark == '\u00bb' || mark == '"' && inside;
            if (!closing) {
                stack.push(open(ClauseKind.QUOTATION, i, stack.peek(), -1));
            } else if (inside) {
                while (stack.peek().kind != ClauseKind.QUOTATION) {
                    close(i - 1);
                }
                close(i);
            }
        }

        private void marker(int i, Open root) {
            if (c.np().covering(i) >= 0 || c.vg().covering(i) >= 0) {
                return;
            }
            String word = c.tokens().get(i).lower();
            PartOfSpeech tag = c.words().get(i).tag();
            boolean afterVerb = c.vg().ending(i - 1) >= 0;
            int nounBefore = nounBefore(i);
            if (tag == PartOfSpeech.SCONJ && lexicon.is(word, WordClass.COMPLEMENTIZER)
                    && (!lexicon.is(word, WordClass.SUBORDINATOR) || afterVerb)) {
                boolean relative = nounBefore >= 0 && c.vg().starting(i + 1) >= 0;
                Open clause = open(relative ? ClauseKind.RELATIVE : ClauseKind.THAT_COMPLEMENT, i, stack.peek(), i);
                clause.antecedent = relative ? nounBefore : -1;
                stack.push(clause);
            } else if (lexicon.is(word, WordClass.RELATIVE) && nounBefore >= 0
                    && (tag == PartOfSpeech.PRON || tag == PartOfSpeech.DET || tag == PartOfSpeech.ADV)) {
                Open clause = open(ClauseKind.RELATIVE, i, stack.peek(), i);
                clause.antecedent = nounBefore;
                stack.push(clause);
            } else if (tag == PartOfSpeech.SCONJ && lexicon.is(word, WordClass.SUBORDINATOR)) {
                stack.push(open(ClauseKind.ADVERBIAL, i, stack.peek(), i));
            } else if (tag == PartOfSpeech.CCONJ) {
                int n = c.np().starting(i + 1);
                int g = n >= 0 ? c.vg().starting(skipAdverbsRight(c.nps().get(n).last() + 1)) : -1;
                if (g >= 0 && !c.vgs().get(g).infinitive()) {
                    if (reporting(g)) {
                        while (stack.peek() != root && (stack.peek().verb < 0 || !reporting(stack.peek().verb))) {
                            close(i - 1);
                        }
                    }
                    stack.push(open(ClauseKind.COORDINATE, i, stack.peek(), i));
                }
            }
        }

        private void verbGroup(int g, Open root) {
            VerbGroup group = c.vgs().get(g);
            if (group.infinitive()) {
                Open clause = open(ClauseKind.INFINITIVAL, group.first(), stack.peek(), -1);
                clause.verb = g;
                stack.push(clause);
                return;
            }
            boolean bare = group.first() == group.last()
                    && Inflection.presentParticiple(c.tokens().get(group.head()).lower(), group.lemma());
            if (bare && (comma(group.first() - 1) || stack.peek().verb >= 0)) {
                Open clause = open(ClauseKind.PARTICIPIAL, group.first(), stack.peek(), -1);
                clause.verb = g;
                stack.push(clause);
                return;
            }
            Open target = null;
            for (Open clause : stack) {
                if (clause.verb < 0) {
                    target = clause;
                    break;
                }
                if (clause == root) {
                    break;
                }
            }
            if (target == null) {
                return;
            }
            while (stack.peek() != target) {
                close(group.first() - 1);
            }
            target.verb = g;
            target.subject = subjectOf(group, target);
            if (reporting(g)) {
                int n = c.np().starting(group.last() + 1);
                int next = n >= 0 ? c.vg().starting(skipAdverbsRight(c.nps().get(n).last() + 1)) : -1;
                if (next >= 0 && !c.vgs().get(next).infinitive()) {
                    stack.push(open(ClauseKind.REPORTED, c.nps().get(n).first(), target, -1));
                }
            }
        }

        private int subjectOf(VerbGroup group, Open clause) {
            int k = skipAdverbsLeft(group.first() - 1);
            if (k < clause.first || k == clause.marker) {
                return clause.kind == ClauseKind.RELATIVE ? clause.antecedent : -1;
            }
            if (lastClosed != null && k == lastClosed.last && lastClosed.marker >= 0 && lastClosed.first > clause.first) {
                k = lastClosed.first - 1;
            }
            int n = headNoun(c.np().ending(k));
            if (n >= 0 && c.nps().get(n).first() >= clause.first) {
                return n;
            }
            if (comma(k)) {
                for (int j = k - 1; j > clause.first && j >= k - APPOSITION_REACH; j--) {
                    if (comma(j)) {
                        int before = c.np().ending(j - 1);
                        return before >= 0 && c.nps().get(before).first() >= clause.first ? before : -1;
                    }
                }
            }
            return -1;
        }

        // "six members of a family were killed": the subject is the noun the "of" phrase hangs on.
        private int headNoun(int n) {
            while (n >= 0 && c.owner()[n] >= 0) {
                n = c.owner()[n];
            }
            return n;
        }

        private void closeClosable(int last, Open root) {
            while (stack.peek() != root && stack.peek().verb >= 0 && closable(stack.peek().kind)) {
                close(last);
            }
        }

        private boolean closable(ClauseKind kind) {
            return kind == ClauseKind.RELATIVE || kind == ClauseKind.PARTICIPIAL || kind == ClauseKind.ADVERBIAL
                    || kind == ClauseKind.INFINITIVAL;
        }

        private void close(int last) {
            Open clause = stack.pop();
            // a child opened after the last word (a stray quotation mark) still ends inside its parent
            clause.last = Math.max(Math.max(clause.first, last), clause.childLast);
            if (clause.parent != null) {
                clause.parent.childLast = Math.max(clause.parent.childLast, clause.last);
            }
            lastClosed = clause;
        }

        private Open open(ClauseKind kind, int first, Open parent, int marker) {
            Open clause = new Open(opened.size(), kind, first, parent, marker);
            opened.add(clause);
            return clause;
        }

        // The noun phrase right before token i, a comma between allowed ("the men, who…").
        private int nounBefore(int i) {
            int n = c.np().ending(i - 1);
            if (n < 0 && i - 1 >= start && comma(i - 1)) {
                n = c.np().ending(i - 2);
            }
            return n >= 0 && c.nps().get(n).first() >= start ? n : -1;
        }

        private int lastWord() {
            for (int i = end - 1; i >= start; i--) {
                if (c.words().get(i).tag() != PartOfSpeech.PUNCT) {
                    return i;
                }
            }
            return -1;
        }

        private boolean hasVerb(int from, int to) {
            for (int i = from; i <= to; i++) {
                if (c.vg().covering(i) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private int skipAdverbsLeft(int k) {
            while (k >= start && c.words().get(k).tag() == PartOfSpeech.ADV) {
                k--;
            }
            return k;
        }

        private int skipAdverbsRight(int k) {
            while (k < end && c.words().get(k).tag() == PartOfSpeech.ADV) {
                k++;
            }
            return k;
        }

        private boolean reporting(int g) {
            return lexicon.is(c.vgs().get(g).lemma(), WordClass.REPORTING);
        }

        private boolean comma(int i) {
            return i >= start && i < end && c.tokens().get(i).is(',');
        }

        private boolean quote(int i) {
            if (i < start || i >= end) {
                return false;
            }
            Token token = c.tokens().get(i);
            return token.is('"') || token.is('\u201c') || token.is('\u201d') || token.is('\u00ab') || token.is('\u00bb');
        }
    }
}
