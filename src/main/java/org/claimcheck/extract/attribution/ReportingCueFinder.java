package org.claimcheck.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.NounPhrase;
import org.claimcheck.extract.syntax.PartOfSpeech;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.TaggedWord;
import org.claimcheck.extract.syntax.VerbGroup;
import org.claimcheck.extract.syntax.Voice;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.ClaimForm;
import org.claimcheck.facts.Stance;

/**
 * Finds the reporting cues of every sentence and the stance each expresses once negation, voice and the
 * object are read from the syntax layer:
 *
 * <ul>
 *   <li>reporting verbs ("said", "denied", "took issue with"): "did not deny" is no denial; a denial needs
 *       a propositional object ("denied that…", "denied the allegations", "denied it"), so "denied bail"
 *       or "will deny service to users" is a refusal; "could not confirm that…" or "…these reports" cannot
 *       confirm, while "could not confirm the authenticity of the video", "whether…" and every "not able
 *       to verify" doubt; a passive "could not be independently verified" is unverified with no speaker;
 *       "was denied bail" is a refusal, but "Reports that… have been refuted" a denial;</li>
 *   <li>claim nouns with a clause of their own: "reports that…", "rumours of…", "allegations by X that…"
 *       ({@link ClaimForm#NOUN});</li>
 *   <li>verdicts as predicates: "… are false", "is not true", "called the report a fabrication", "still
 *       unconfirmed", "unconfirmed reports" ({@link ClaimForm#PREDICATE});</li>
 *   <li>"reportedly", "according to", "published by".</li>
 * </ul>
 * The words are data: {@code lexicon/reporting-cues.txt} and {@code lexicon/claim-words.txt}.
 */
public final class ReportingCueFinder implements Stage {

    /** The reporting-cue layer, in text order. */
    public static final Layer<ReportingCue> CUES = new Layer<>("cues", ReportingCue.class);

    private static final Set<String> VERIFY_WORDS = Vocabulary.words("verified", "verify", "verifies", "corroborated");
    /** Auxiliaries, adverbs and negations that may stand between a speaker or a negation and the cue word. */
    static final Set<String> SKIPPABLE_BEFORE_CUE = Vocabulary.words("has", "had", "have", "also", "later",
            "would", "will", "could", "can", "did", "does", "do", "not", "n't", "cannot", "independently", "was", "were",
            "is", "are", "unable", "able", "to", "be", "been", "repeatedly", "again", "previously", "publicly", "officially",
            "immediately", "still", "yet", "may", "might", "had", "further", "firmly", "flatly", "strongly", "quickly",
            "declined", "refused", "failed", "never");
    private static final Set<String> NEGATION_HOSTS = Vocabulary.words("could", "did", "does", "was", "were");
    /** Words that make the next word a noun: a cue word after one is used as a noun ("the claim"). */
    static final Set<String> DETERMINERS = Vocabulary.words("the", "a", "an", "this", "these", "that", "those",
            "his", "her", "its", "their", "our", "any", "such");
    private static final Set<String> PASSIVE_BY = Vocabulary.words("published", "released", "issued", "compiled",
            "provided", "announced", "reported", "given", "cited", "quoted", "made");
    private static final Set<String> HEDGING_ADVERBS = Vocabulary.words("reportedly", "allegedly");
    private static final Set<String> BE_FORMS = Vocabulary.words("be", "been", "was", "were", "is", "are");
    private static final Set<String> PASSIVE_GAP = Vocabulary.words("independently", "not", "yet", "officially");
    /** Verbs that link a subject to a verdict on it: "is false", "proved untrue", "remains unconfirmed". */
    private static final Set<String> COPULAS = Vocabulary.words("be", "seem", "appear", "remain", "prove", "sound", "look");
    /** Words a denial's object may follow: "denied outright that…", "denied categorically…". */
    private static final Set<String> ADVERBIAL_BEFORE_OBJECT = Vocabulary.words("outright", "categorically", "strongly",
            "flatly", "vehemently", "firmly", "again", "publicly", "repeatedly", "also", "ever", "on", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday");
    private static final int QUALIFIER_HOPS = 4;
    private static final int ESTIMATE_REACH = 9;
    private static final int NEGATION_REACH = 4;
    private static final int PASSIVE_REACH = 3;

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS, ClauseSegmenter.CLAUSES);
    }

    @Override
    public Layer<?> provides() {
        return CUES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        Syntax syntax = Syntax.of(document);
        List<ReportingCue> found = new ArrayList<>();
        for (List<Token> sentence : TokenWindows.bySentence(document)) {
            for (int i = 0; i < sentence.size(); i++) {
                cueAt(sentence, i, syntax).ifPresent(draft -> found.add(new ReportingCue(found.size(),
                        sentence.get(draft.first).sentence(), sentence.get(draft.first).index(),
                        sentence.get(draft.head).index(), sentence.get(draft.first).span().union(sentence.get(draft.head)
                                .span()), draft.stance, draft.form)));
            }
        }
        document.put(CUES, found);
    }

    /** A cue found at sentence-local positions. */
    private record Draft(int first, int head, Stance stance, ClaimForm form) {
    }

    private static Optional<Draft> cueAt(List<Token> s, int i, Syntax syntax) {
        Token t = s.get(i);
        String w = t.lower();
        if (w.equals("according") && i + 1 < s.size() && s.get(i + 1).lower().equals("to")) {
            return Optional.of(new Draft(i, i + 1, Stance.ASSERTED, ClaimForm.ACCORDING_TO));
        }
        if (w.equals("by") && i > 0 && PASSIVE_BY.contains(s.get(i - 1).lower())) {
            return Optional.of(new Draft(i - 1, i, Stance.ASSERTED, ClaimForm.PASSIVE_BY));
        }
        TaggedWord tagged = syntax.word(t.index());
        boolean doubtWord = Vocabulary.isClaimWord(w, "DOUBT");
        if (tagged.tag().nominal() || tagged.tag() == PartOfSpeech.ADJ && !HEDGING_ADVERBS.contains(w) || doubtWord) {
            // "unconfirmed" is an adjective whatever the tagger says ("Unconfirmed reports said…")
            return nominalClaim(s, i, tagged, syntax).or(() -> predicate(s, i, tagged, syntax));
        }
        Optional<Stance> stance = Vocabulary.cueStance(t);
        int head = i;
        if (tagged.tag().verbal()) {
            List<String> next = new ArrayList<>();
            for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
                next.add(s.get(k).lower());
            }
            Optional<Map.Entry<Stance, Integer>> phrase = Vocabulary.cuePhrase(tagged.lemma(), next);
            if (phrase.isPresent()) {
                stance = Optional.of(phrase.get().getKey());
                head = i + phrase.get().getValue() - 1;
            }
        }
        if (stance.isEmpty() || usedAsNoun(s, i) || (w.equals("put") && !putsFigure(s, i))
                || PASSIVE_BY.contains(w) && i + 1 < s.size() && s.get(i + 1).lower().equals("by")) {
            // "published by X" is read at its "by", with X as the speaker
            return Optional.empty();
        }
        if (HEDGING_ADVERBS.contains(w)) {
            return Optional.of(new Draft(i, i, Stance.HEDGED, ClaimForm.ADVERB));
        }
        Optional<VerbGroup> group = syntax.verbGroupAt(t.index()).filter(g -> g.head() == t.index());
        int negation = negationBefore(s, i, group);
        Stance resolved = stance.get();
        if (negation >= 0) {
            if (resolved != Stance.CONFIRMED) {
                return Optional.empty();
            }
            resolved = VERIFY_WORDS.contains(w) || !answersProposition(s, head + 1, syntax)
                    ? Stance.UNVERIFIED : Stance.CANNOT_CONFIRM;
        }
        int first = negation >= 0 ? negation : i;
        if (isPassive(s, i, group)) {
            if (resolved == Stance.DENIED && !subjectIsClaim(s, group.map(g -> g.first() - s.get(0).index()).orElse(i), syntax)) {
                // "patients who were denied access": a refusal, not a denial of anything claimed. "Reports that…
                // have been refuted" is one.
                return Optional.empty();
            }
            // Nobody can confirm what "could not be independently confirmed": the claim is unverified.
            Stance passive = resolved == Stance.CANNOT_CONFIRM ? Stance.UNVERIFIED : resolved;
            return Optional.of(new Draft(group.map(g -> g.first() - s.get(0).index()).filter(g -> g < first).orElse(first),
                    head, passive, ClaimForm.PASSIVE));
        }
        if (resolved == Stance.DENIED && !answersProposition(s, head + 1, syntax)) {
            // "denied bail to three men", "will deny Internet service to users": a refusal, not a denial.
            return Optional.empty();
        }
        return Optional.of(new Draft(first, head, resolved, ClaimForm.VERB));
    }

    /**
     * A claim noun with a clause of its own: "reports that…", "rumours of…", "allegations by X that…",
     * "denied reports its leader…".
     */
    private static Optional<Draft> nominalClaim(List<Token> s, int i, TaggedWord tagged, Syntax syntax) {
        if (!tagged.tag().nominal() || !Vocabulary.isClaimWord(tagged.lemma(), "CLAIM")
                || claimContentStart(s, i, syntax) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Draft(i, i, Stance.CLAIMED, ClaimForm.NOUN));
    }

    /**
     * Where the content of the claim noun at {@code i} starts (sentence-local), or -1 when it has none: after
     * "that" or "of", past the phrases that say whose claim it is ("allegations by officials in the
     * region that…", "reports on Wednesday in the paper, al-Sabah, that…"); or right after the noun when a
     * clause follows it with its own subject and finite verb ("denied reports its leader is planning…").
     */
    static int claimContentStart(List<Token> s, int i, Syntax syntax) {
        int k = i + 1;
        for (int hops = 0; k < s.size() && hops < QUALIFIER_HOPS; hops++) {
            Token t = s.get(k);
            if (t.lower().equals("that") && (syntax.word(t.index()).tag() == PartOfSpeech.SCONJ || clauseAt(s, k + 1, syntax)
                    || clauseAt(s, k, syntax))) {
                return k + 1 < s.size() ? k + 1 : -1;
            }
            if (t.lower().equals("of") && k == i + 1) {
                return k + 1 < s.size() ? k + 1 : -1;
            }
            int index = t.index();
            Optional<Integer> pastPhrase = syntax.prepositionalPhraseAt(index)
                    .filter(pp -> pp.preposition() == index && !pp.lemma().equals("of"))
                    .flatMap(syntax::object).map(np -> np.last() - s.get(0).index() + 1);
            if (pastPhrase.isPresent()) {
                k = pastPhrase.get();
            } else if (t.is(',') && k + 1 < s.size()) {
                // an apposition naming the source: "reports in the paper, al-Sabah, that…"
                int after = k + 1;
                Optional<Integer> appositionEnd = syntax.nounPhraseAt(s.get(after).index())
                        .map(np -> np.last() - s.get(0).index() + 1)
                        .filter(end -> end < s.size() && s.get(end).is(','));
                if (appositionEnd.isEmpty()) {
                    return -1;
                }
                k = appositionEnd.get() + 1;
            } else {
                break;
            }
        }
        return k == i + 1 && objectOfVerb(s, i, syntax) && clauseAt(s, k, syntax) ? k : -1;
    }

    /** Whether the noun phrase holding {@code i} follows a verb: "denied reports…", "to deny rumours…". */
    private static boolean objectOfVerb(List<Token> s, int i, Syntax syntax) {
        int first = syntax.nounPhraseAt(s.get(i).index()).map(np -> np.first() - s.get(0).index()).orElse(i);
        return first > 0 && syntax.word(s.get(first - 1).index()).tag().verbal();
    }

    /** Whether a clause starts at {@code k}: a noun phrase directly followed by a finite verb group. */
    static boolean clauseAt(List<Token> s, int k, Syntax syntax) {
        if (k >= s.size()) {
            return false;
        }
        Optional<NounPhrase> subject = syntax.nounPhraseAt(s.get(k).index())
                .filter(np -> np.first() == s.get(k).index());
        if (subject.isEmpty()) {
            return false;
        }
        int next = subject.get().last() + 1;
        int local = next - s.get(0).index();
        // finite: an auxiliary first, or a verb that is no bare participle ("its leader is planning", "they fired")
        return local < s.size() && syntax.verbGroupAt(next).filter(g -> g.first() == next && !g.infinitive()
                && (syntax.word(next).tag() == PartOfSpeech.AUX || !s.get(local).lower().endsWith("ing"))).isPresent();
    }

    /**
     * Whether the words from {@code k} are what a denial or a refusal to confirm answers: a clause ("that…",
     * "having made…"), a claim or proposition noun ("the allegations", "any wrongdoing", "it"), or nothing
     * ("…, although he denied it", "he denied."). Any other object makes the verb a refusal ("denied bail").
     */
    static boolean answersProposition(List<Token> s, int k, Syntax syntax) {
        int j = k;
        while (j < s.size() && (ADVERBIAL_BEFORE_OBJECT.contains(s.get(j).lower()) || s.get(j).isQuoteMark())) {
            j++;
        }
        if (j >= s.size() || !s.get(j).word()) {
            return true;
        }
        Token t = s.get(j);
        TaggedWord tagged = syntax.word(t.index());
        if (t.lower().equals("that") || t.lower().equals("whether") || tagged.tag().verbal()
                || tagged.tag() == PartOfSpeech.SCONJ || tagged.tag() == PartOfSpeech.ADP) {
            return true;
        }
        Optional<NounPhrase> object = syntax.nounPhraseAt(t.index());
        String lemma = object.map(np -> syntax.word(np.head()).lemma()).orElse(tagged.lemma());
        return Vocabulary.isClaimWord(lemma, "PROPOSITION") || Vocabulary.isClaimWord(t.lower(), "PROPOSITION");
    }

    /**
     * Whether the clause of the verb group starting at {@code groupStart} opens with a claim noun, its
     * subject: "Reports that the fighters caught the virus have been refuted".
     */
    private static boolean subjectIsClaim(List<Token> s, int groupStart, Syntax syntax) {
        int start = groupStart - 1;
        while (start >= 0 && !s.get(start).is(',') && !s.get(start).is(';')) {
            start--;
        }
        for (int j = start + 1; j < groupStart; j++) {
            TaggedWord tagged = syntax.word(s.get(j).index());
            if (tagged.tag().nominal()) {
                return Vocabulary.isClaimWord(tagged.lemma(), "CLAIM");
            }
        }
        return false;
    }

    /**
     * A verdict on a claim given as a predicate: "… are false", "is not true", "called the report a
     * complete fabrication", "still unconfirmed", "unconfirmed reports". The cue runs from the copula or the
     * labelling verb to the verdict word.
     */
    private static Optional<Draft> predicate(List<Token> s, int i, TaggedWord tagged, Syntax syntax) {
        String lemma = tagged.lemma();
        boolean doubt = Vocabulary.isClaimWord(lemma, "DOUBT") || Vocabulary.isClaimWord(s.get(i).lower(), "DOUBT");
        boolean falsity = Vocabulary.isClaimWord(lemma, "FALSE") || Vocabulary.isClaimWord(s.get(i).lower(), "FALSE");
        boolean truth = Vocabulary.isClaimWord(lemma, "TRUE");
        if (!doubt && !falsity && !truth) {
            return Optional.empty();
        }
        if (doubt && i + 1 < s.size() && syntax.word(s.get(i + 1).index()).tag().nominal()) {
            // "unconfirmed reports that…", "an unverified photo" doubt a claim; "unverified warnings" describes a thing
            String noun = syntax.word(s.get(i + 1).index()).lemma();
            return Vocabulary.isClaimWord(noun, "CLAIM") || Vocabulary.isClaimWord(noun, "POINTER")
                    || Vocabulary.isClaimWord(noun, "EVIDENCE") ? Optional.of(new Draft(i, i, Stance.UNVERIFIED, ClaimForm.PREDICATE)) : Optional.empty();
        }
        boolean negated = false;
        int j = i - 1;
        while (j >= 0 && insidePredicate(s.get(j), syntax)) {
            negated |= Vocabulary.NEGATIONS.contains(s.get(j).lower());
            j--;
        }
        if (j < 0) {
            return Optional.empty();
        }
        if (s.get(j).lower().equals("as") && j > 0) {
            // "described the story as a fabrication", "dismissed as propaganda"
            j--;
        }
        Optional<VerbGroup> group = syntax.verbGroupAt(s.get(j).index());
        if (group.isPresent() && COPULAS.contains(group.get().lemma())) {
            negated |= group.get().negated();
            if (doubt && !negated || falsity && !negated || truth && negated) {
                return Optional.of(new Draft(group.get().first() - s.get(0).index(), i,
                        doubt ? Stance.UNVERIFIED : Stance.DENIED, ClaimForm.PREDICATE));
            }
            return Optional.empty();
        }
        if (doubt) {
            // "…, but still unconfirmed, sources said": a doubt needs no copula
            return Optional.of(new Draft(i, i, Stance.UNVERIFIED, ClaimForm.PREDICATE));
        }
        // "called the report a complete fabrication": past the object to a labelling verb
        Optional<NounPhrase> object = syntax.nounPhraseAt(s.get(j).index());
        int v = object.map(np -> np.first() - s.get(0).index() - 1).orElse(j);
        Optional<VerbGroup> labelling = v < 0 ? Optional.empty() : syntax.verbGroupAt(s.get(v).index());
        if (falsity && object.isPresent() && labelling.isPresent() && !labelling.get().negated()
                && Vocabulary.isClaimWord(labelling.get().lemma(), "LABEL")
                && Vocabulary.cueStance(s.get(v)).isEmpty()) {
            return Optional.of(new Draft(labelling.get().first() - s.get(0).index(), i, Stance.DENIED, ClaimForm.PREDICATE));
        }
        return Optional.empty();
    }

    /** Whether a word may stand between a copula and its verdict: "is entirely false", "are absolutely, … false". */
    private static boolean insidePredicate(Token t, Syntax syntax) {
        PartOfSpeech tag = syntax.word(t.index()).tag();
        return tag == PartOfSpeech.ADV || tag == PartOfSpeech.DET || tag == PartOfSpeech.ADJ || tag == PartOfSpeech.CCONJ
                || tag == PartOfSpeech.PART || t.is(',') || t.isQuoteMark() || Vocabulary.NEGATIONS.contains(t.lower());
    }

    /** A cue word right after a determiner or a possessive is a noun ("the claim"), whatever its tag. */
    private static boolean usedAsNoun(List<Token> s, int i) {
        if (i == 0) {
            return false;
        }
        String previous = s.get(i - 1).lower();
        return DETERMINERS.contains(previous) || previous.endsWith("'s") || previous.endsWith("’s");
    }

    /** "put the toll at 40": "put" reports a figure only with "at" close after it. */
    private static boolean putsFigure(List<Token> s, int i) {
        for (int j = i + 1; j < Math.min(s.size(), i + ESTIMATE_REACH); j++) {
            if (s.get(j).lower().equals("at")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence-local index where the cue's negation starts, or -1: the verb group's own negation
     * ("could not confirm", "couldnt be confirmed"), else a negation or a refusal ("declined to confirm")
     * close before the cue word past auxiliaries and adverbs.
     */
    private static int negationBefore(List<Token> s, int i, Optional<VerbGroup> group) {
        int sentenceStart = s.get(0).index();
        if (group.isPresent() && group.get().negated()) {
            return group.get().first() - sentenceStart;
        }
        for (int j = i - 1; j >= Math.max(0, i - NEGATION_REACH); j--) {
            String w = s.get(j).lower();
            if (Vocabulary.NEGATIONS.contains(w)) {
                return j > 0 && NEGATION_HOSTS.contains(s.get(j - 1).lower()) ? j - 1 : j;
            }
            if (!SKIPPABLE_BEFORE_CUE.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the cue is passive: its verb group says so, or a form of "be" stands just before a participle. */
    private static boolean isPassive(List<Token> s, int i, Optional<VerbGroup> group) {
        if (group.isPresent() && group.get().voice() == Voice.PASSIVE && !group.get().infinitive()) {
            return true;
        }
        for (int j = i - 1; j >= Math.max(0, i - PASSIVE_REACH); j--) {
            String w = s.get(j).lower();
            if (BE_FORMS.contains(w)) {
                return s.get(i).lower().endsWith("ed");
            }
            if (!PASSIVE_GAP.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
