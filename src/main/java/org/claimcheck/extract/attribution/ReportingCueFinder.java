package org.claimcheck.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.VerbGroup;
import org.claimcheck.extract.syntax.Voice;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.Stance;

/**
 * Finds the reporting cues of every sentence and the stance each expresses once negation and voice are
 * read from its verb group: "did not deny" is no denial; "could not confirm" cannot confirm; "could not be
 * independently verified" or "couldnt be independently confirmed" is unverified, with no speaker; "was
 * denied bail" is a refusal, not a denial; "reportedly" hedges. A cue word used as a noun ("the claim",
 * "these reports") is not a cue here.
 */
public final class ReportingCueFinder implements Stage {

    /** The reporting-cue layer, in text order. */
    public static final Layer<ReportingCue> CUES = new Layer<>("cues", ReportingCue.class);

    private static final Set<String> VERIFY_WORDS = Vocabulary.words("verified", "verify", "verifies", "corroborated");
    /** Auxiliaries, adverbs and negations that may stand between a speaker or a negation and the cue word. */
    static final Set<String> SKIPPABLE_BEFORE_CUE = Vocabulary.words("has", "had", "have", "also", "later",
            "would", "will", "could", "can", "did", "does", "do", "not", "n't", "cannot", "independently", "was", "were",
            "is", "are", "unable", "to", "be", "been", "repeatedly", "again", "previously", "publicly", "officially",
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
    private record Draft(int first, int head, Stance stance, CueForm form) {
    }

    private static Optional<Draft> cueAt(List<Token> s, int i, Syntax syntax) {
        Token t = s.get(i);
        String w = t.lower();
        if (w.equals("according") && i + 1 < s.size() && s.get(i + 1).lower().equals("to")) {
            return Optional.of(new Draft(i, i + 1, Stance.ASSERTED, CueForm.ACCORDING_TO));
        }
        if (w.equals("by") && i > 0 && PASSIVE_BY.contains(s.get(i - 1).lower())) {
            return Optional.of(new Draft(i - 1, i, Stance.ASSERTED, CueForm.PASSIVE_BY));
        }
        Optional<Stance> stance = Vocabulary.cueStance(t);
        if (stance.isEmpty() || usedAsNoun(s, i) || (w.equals("put") && !putsFigure(s, i))) {
            return Optional.empty();
        }
        if (HEDGING_ADVERBS.contains(w)) {
            return Optional.of(new Draft(i, i, Stance.HEDGED, CueForm.ADVERB));
        }
        Optional<VerbGroup> group = syntax.verbGroupAt(t.index()).filter(g -> g.head() == t.index());
        int negation = negationBefore(s, i, group);
        Stance resolved = stance.get();
        if (negation >= 0) {
            if (resolved != Stance.CONFIRMED) {
                return Optional.empty();
            }
            resolved = VERIFY_WORDS.contains(w) ? Stance.UNVERIFIED : Stance.CANNOT_CONFIRM;
        }
        int first = negation >= 0 ? negation : i;
        if (isPassive(s, i, group)) {
            if (resolved == Stance.DENIED) {
                // "patients who were denied access": a refusal, not a denial of anything claimed.
                return Optional.empty();
            }
            // Nobody can confirm what "could not be independently confirmed": the claim is unverified.
            Stance passive = resolved == Stance.CANNOT_CONFIRM ? Stance.UNVERIFIED : resolved;
            return Optional.of(new Draft(first, i, passive, CueForm.PASSIVE));
        }
        return Optional.of(new Draft(first, i, resolved, CueForm.VERB));
    }

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
