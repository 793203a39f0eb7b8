package org.claimcheck.extract.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.quantity.CountedThingReader;
import org.claimcheck.extract.syntax.Attachment;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.NounPhrase;
import org.claimcheck.extract.syntax.PartOfSpeech;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.VerbGroup;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.Stance;
import org.claimcheck.input.Span;

/**
 * Finds reported speech: the reporting cue ("said", "according to", "denied", "could not confirm"), its
 * speaker and what is reported, in either order ("X said that C", "C, X said", "C, said X, a spokeswoman
 * for Y", "According to X, C").
 *
 * <p>Negation is scoped to the cue: "did not deny" yields nothing, "could not confirm" yields
 * {@link Stance#CANNOT_CONFIRM} and "could not be independently verified" {@link Stance#UNVERIFIED}
 * with no speaker. A cue used as a noun ("the claim", "these reports") is not a cue.
 */
public final class AttributionExtractor implements Stage {

    /** The attribution layer. */
    public static final Layer<Attribution> ATTRIBUTIONS = new Layer<>("attributions", Attribution.class);

    private static final Set<String> PASSIVE_COMPLEMENTS = Vocabulary.words("to", "of", "that");
    private static final Set<Stance> REACTIONS = Set.of(Stance.DENIED, Stance.CANNOT_CONFIRM, Stance.UNVERIFIED);
    private static final Set<String> CLAUSE_WORDS = Vocabulary.words("had", "has", "have", "was", "were", "is", "are",
            "would", "will", "could", "can", "may", "might", "should", "must", "did", "does", "do", "been", "be", "not");
    /** How many qualifying phrases a speaker may carry: "the head of the office for refugees". */
    private static final int QUALIFIER_HOPS = 3;
    private static final Set<String> NOUN_LINKS = Vocabulary.words("of", "for", "the", "in", "at", "on", "and");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES, Tokenizer.TOKENS, ClauseSegmenter.CLAUSES, ReportingCueFinder.CUES);
    }

    @Override
    public Layer<?> provides() {
        return ATTRIBUTIONS;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<Attribution> found = new ArrayList<>();
        List<List<Token>> sentences = TokenWindows.bySentence(document);
        Syntax syntax = Syntax.of(document);
        Map<Integer, List<ReportingCue>> cuesBySentence = new HashMap<>();
        for (ReportingCue cue : document.get(ReportingCueFinder.CUES)) {
            cuesBySentence.computeIfAbsent(cue.sentence(), k -> new ArrayList<>()).add(cue);
        }
        for (ReportingCue cue : document.get(ReportingCueFinder.CUES)) {
            List<Token> sentence = sentences.get(cue.sentence());
            int offset = sentence.get(0).index();
            Optional<Draft> draft = draft(sentence, cue, cue.first() - offset, cue.head() - offset, syntax,
                    cuesBySentence.get(cue.sentence()));
            if (draft.isPresent() && (draft.get().speaker.length() > 0 || draft.get().content.length() > 0)) {
                Draft d = draft.get();
                found.add(new Attribution(found.size(), cue.sentence(), d.cue, d.stance, cue.form(), d.speaker, d.detail,
                        d.content, isAnaphoric(sentence, d.content, syntax), Topic.of(sentence, d.content)));
            }
        }
        document.put(ATTRIBUTIONS, found);
    }

    private record Draft(Span cue, Stance stance, Span speaker, Span detail, Span content) {
    }

    /** Finds the speaker and the content of a cue whose words run from {@code first} to {@code i}. */
    private Optional<Draft> draft(List<Token> s, ReportingCue c, int first, int i, Syntax syntax,
            List<ReportingCue> sentenceCues) {
        Span none = new Span(c.span().start(), c.span().start());
        return switch (c.form()) {
            case ACCORDING_TO -> Optional.of(accordingTo(s, first));
            case PASSIVE_BY -> passiveBy(s, i);
            case ADVERB -> Optional.of(new Draft(c.span(), c.stance(), none, none, rest(s, i + 1)));
            case PASSIVE -> Optional.of(new Draft(c.span(), c.stance(), none, none, passiveContent(s, c, first, i, syntax)));
            case VERB -> Optional.of(withSpeaker(s, first, i, c.span(), c.stance(), syntax));
            case NOUN -> Optional.of(nominal(s, c, i, syntax, sentenceCues));
            case PREDICATE -> Optional.of(verdict(s, c, first, i, syntax));
        };
    }

    /**
     * What a passive cue is about: the subject it judges ("the footage could not be verified"), and for a
     * claim made by nobody named also what is said of the subject ("he had been accused of affairs", "the
     * singer is said to have been paid $5 million"): a complement opened by "to", "of" or "that".
     */
    private static Span passiveContent(List<Token> s, ReportingCue c, int first, int i, Syntax syntax) {
        Span subject = before(s, first);
        boolean complement = i + 1 < s.size() && PASSIVE_COMPLEMENTS.contains(s.get(i + 1).lower());
        if (REACTIONS.contains(c.stance()) || !complement) {
            return subject;
        }
        int end = clauseEnd(s, i + 1, false, syntax);
        int last = lastWord(s, i + 1, end);
        if (last < 0) {
            return subject;
        }
        return subject.length() == 0 ? between(s, i + 1, last) : subject.union(between(s, i + 1, last));
    }

    /**
     * A nominal claim: the content is the noun's clause, up to the next cue of the sentence ("Reports that
     * the dam has burst are false": up to the verdict's "are"); the speaker is the possessor ("the agency's claims"), the
     * agent ("allegations by officials"), or else the claim's own noun phrase ("rumours", "newspaper
     * reports"), which is then all that is known of the source.
     */
    private static Draft nominal(List<Token> s, ReportingCue c, int i, Syntax syntax, List<ReportingCue> cues) {
        int start = ReportingCueFinder.claimContentStart(s, i, syntax);
        int offset = s.get(0).index();
        int end = s.size();
        for (ReportingCue next : cues) {
            if (next.first() - offset > start) {
                end = Math.min(end, next.first() - offset);
            }
        }
        int last = lastWord(s, start, end);
        Span content = last < start ? empty(c.span()) : between(s, start, last);
        NounPhrase np = syntax.nounPhraseAt(s.get(i).index()).orElse(null);
        Span speaker = c.span();
        if (np != null) {
            int from = np.determiner() == np.first() ? np.first() + 1 : np.first();
            int possessor = -1;
            for (int k = np.first(); k < i + offset; k++) {
                String w = s.get(k - offset).lower();
                if (w.endsWith("'s") || w.endsWith("’s")) {
                    possessor = k;
                }
            }
            speaker = possessor >= 0 ? between(s, from - offset, possessor - offset) : between(s, np.first() - offset, i);
        }
        if (i + 2 < s.size() && s.get(i + 1).lower().equals("by")) {
            Optional<NounPhrase> agent = syntax.nounPhraseAt(s.get(i + 2).index());
            if (agent.isPresent()) {
                speaker = between(s, agent.get().first() - offset, agent.get().last() - offset);
            }
        }
        return new Draft(c.span(), c.stance(), speaker, empty(c.span()), content);
    }

    /**
     * A verdict given as a predicate: what it judges is the subject of its clause ("That report, however,
     * is false"; "confirmed that the photo is fake"), the object of the labelling verb ("called the report
     * a fabrication") or, for "unconfirmed", the phrase it modifies. The speaker is found afterwards, from
     * the reporting verb around it (see {@link SourceResolver}).
     */
    private static Draft verdict(List<Token> s, ReportingCue c, int first, int i, Syntax syntax) {
        Span none = empty(c.span());
        if (first == i && i + 1 < s.size() && syntax.word(s.get(i + 1).index()).tag().nominal()) {
            return new Draft(c.span(), c.stance(), none, none, rest(s, i + 1));
        }
        Optional<VerbGroup> labelling = syntax.verbGroupAt(s.get(first).index())
                .filter(g -> Vocabulary.isClaimWord(g.lemma(), "LABEL"));
        if (labelling.isPresent()) {
            int from = labelling.get().last() - s.get(0).index() + 1;
            int to = syntax.nounPhraseAt(s.get(i).index()).map(np -> np.first() - s.get(0).index()).orElse(i) - 1;
            if (to > from && s.get(to).lower().equals("as")) {
                to--;
            }
            int last = lastWord(s, from, to + 1);
            return new Draft(c.span(), c.stance(), none, none, last < from ? none : between(s, from, last));
        }
        int start = first - 1;
        // the subject reaches back to the clause start: "that" (but not a claim noun's: "Claims that the dam
        // burst are false"), a reporting verb ("the official said the reports…"), ", but", a semicolon or a colon
        while (start >= 0 && !s.get(start).is(';') && !s.get(start).is(':')
                && !(s.get(start).lower().equals("that") && syntax.word(s.get(start).index()).tag() == PartOfSpeech.SCONJ
                        && !(start > 0 && isPointerNoun(s.get(start - 1), syntax)))
                && !(syntax.word(s.get(start).index()).tag().verbal() && Vocabulary.cueStance(s.get(start)).isPresent())
                && !(syntax.word(s.get(start).index()).tag() == PartOfSpeech.CCONJ && start > 0 && s.get(start - 1).is(','))) {
            start--;
        }
        int end = first;
        while (end > start + 1 && (!s.get(end - 1).word() || syntax.word(s.get(end - 1).index()).tag() == PartOfSpeech.ADV
                || syntax.word(s.get(end - 1).index()).tag() == PartOfSpeech.CCONJ)) {
            end--;
        }
        int from = start + 1;
        while (from < end && !s.get(from).word() && !s.get(from).digits()) {
            from++;
        }
        if (from + 1 == end && s.get(from).lower().equals("there")) {
            // "There is no truth to the story": what is judged follows the verdict
            return new Draft(c.span(), c.stance(), none, none, rest(s, i + 1));
        }
        return new Draft(c.span(), c.stance(), none, none, from >= end ? none : between(s, from, lastWord(s, from, end)));
    }

    private Draft withSpeaker(List<Token> s, int cueStart, int i, Span cue, Stance stance, Syntax syntax) {
        int speakerEnd = skipBackward(s, cueStart - 1);
        Span detail = empty(cue);
        if (speakerEnd >= 0 && s.get(speakerEnd).is(',') && s.get(i).lower().endsWith("ing")) {
            // ", contradicting the government's claim that…": a participle shares its clause's subject and
            // reports what follows it
            return unnamed(s, i, cue, stance, syntax);
        }
        if (speakerEnd >= 0 && s.get(speakerEnd).is(',')) {
            int open = openingComma(s, speakerEnd);
            boolean age = open + 2 == speakerEnd && s.get(open + 1).digits();
            if (open > 0 && (age || startsApposition(s, open + 1) || isName(s, open + 1, speakerEnd - 1))) {
                detail = between(s, open + 1, speakerEnd - 1);
                speakerEnd = open - 1;
            } else {
                return inverted(s, cueStart, i, cue, stance, syntax);
            }
        }
        int speakerStart = speakerStart(s, speakerEnd, syntax);
        if (speakerStart > speakerEnd) {
            return isQuoteOrComma(s, cueStart - 1) ? inverted(s, cueStart, i, cue, stance, syntax) : unnamed(s, i, cue, stance, syntax);
        }
        if (isRelativePronoun(s.get(speakerStart)) && speakerStart > 1 && s.get(speakerStart - 1).is(',')) {
            return relative(s, speakerStart - 1, i, cue, stance, syntax);
        }
        if (isRelativePronoun(s.get(speakerStart)) && speakerStart > 0 && s.get(speakerStart - 1).word()) {
            // a restrictive relative: "newspaper reports which suggested…", "a source who claims…"
            int antecedent = speakerStart(s, speakerStart - 1, syntax);
            return new Draft(cue, stance, between(s, antecedent, speakerStart - 1), empty(cue), contentAfter(s, i, stance, syntax));
        }
        if (!looksLikeSpeaker(s, speakerStart, speakerEnd)) {
            return unnamed(s, i, cue, stance, syntax);
        }
        if (speakerEnd + 1 < cueStart && s.get(speakerEnd + 1).isQuoteMark() && opensQuote(s, speakerStart, speakerEnd)) {
            speakerEnd++;
        }
        Span speaker = between(s, speakerStart, speakerEnd);
        // "'…,' Ruiz said, adding…": what Ruiz said is the quotation before her name.
        boolean quotationBefore = speakerStart > 0 && isClosingQuote(s, speakerStart - 1);
        Span after = quotationBefore ? empty(cue) : contentAfter(s, i, stance, syntax);
        Span content = after.length() > 0 ? after : before(s, speakerStart);
        return new Draft(cue, stance, speaker, detail, content);
    }

    /** A cue with no subject of its own ("…but cannot confirm these reports"): the content follows it. */
    private static Draft unnamed(List<Token> s, int i, Span cue, Stance stance, Syntax syntax) {
        return new Draft(cue, stance, empty(cue), empty(cue), contentAfter(s, i, stance, syntax));
    }

    /**
     * "Ana Ruiz, head of the X agency, who said…": the speaker is the phrase before the relative pronoun's
     * comma, past an apposition if there is one.
     */
    private Draft relative(List<Token> s, int comma, int i, Span cue, Stance stance, Syntax syntax) {
        int end = comma - 1;
        int start = nounPhraseStart(s, end);
        Span detail = empty(cue);
        if (start > 1 && start <= end && s.get(start - 1).is(',')) {
            int nameEnd = start - 2;
            int nameStart = nounPhraseStart(s, nameEnd);
            if (nameStart <= nameEnd && looksLikeSpeaker(s, nameStart, nameEnd)) {
                detail = between(s, start, end);
                start = nameStart;
                end = nameEnd;
            }
        }
        if (start > end || !looksLikeSpeaker(s, start, end)) {
            return unnamed(s, i, cue, stance, syntax);
        }
        return new Draft(cue, stance, between(s, start, end), detail, contentAfter(s, i, stance, syntax));
    }

    private Draft inverted(List<Token> s, int cueStart, int i, Span cue, Stance stance, Syntax syntax) {
        int end = i + 1;
        while (end < s.size() && (!Vocabulary.isFunctionWord(s.get(end)) || NOUN_LINKS.contains(s.get(end).lower())
                || end == i + 1 && ReportingCueFinder.DETERMINERS.contains(s.get(end).lower())) && s.get(end).word()) {
            end++;
        }
        if (end == i + 1 || !looksLikeSpeaker(s, i + 1, end - 1)) {
            return unnamed(s, i, cue, stance, syntax);
        }
        Span speaker = between(s, i + 1, end - 1);
        Span detail = empty(cue);
        if (end < s.size() && s.get(end).is(',') && end + 1 < s.size() && startsApposition(s, end + 1)) {
            detail = rest(s, end + 1);
        }
        return new Draft(cue, stance, speaker, detail, before(s, cueStart));
    }

    /** A quotation mark that ends a quotation: a right quote, or a straight one after punctuation. */
    private static boolean isClosingQuote(List<Token> s, int j) {
        String q = s.get(j).text();
        if (q.equals("\u201d") || q.equals("\u2019")) {
            return true;
        }
        return s.get(j).isQuoteMark() && j > 0 && !s.get(j - 1).word() && !s.get(j - 1).digits();
    }

    private static boolean isQuoteOrComma(List<Token> s, int j) {
        return j >= 0 && (s.get(j).is(',') || s.get(j).startsWithQuoteMark());
    }

    private static boolean isRelativePronoun(Token t) {
        return t.lower().equals("who") || t.lower().equals("which");
    }

    private Draft accordingTo(List<Token> s, int i) {
        int start = i + 2;
        int end = start;
        while (end < s.size() && !s.get(end).is(',') && !s.get(end).is('.') && !s.get(end).lower().equals("that")
                && !isRelativePronoun(s.get(end))) {
            end++;
        }
        Span cue = s.get(i).span().union(s.get(i + 1).span());
        Span speaker = end > start ? between(s, start, end - 1) : empty(cue);
        Span content = i == 0 && end < s.size() && s.get(end).is(',') ? rest(s, end + 1) : before(s, i);
        return new Draft(cue, Stance.ASSERTED, speaker, empty(cue), content);
    }

    private Optional<Draft> passiveBy(List<Token> s, int i) {
        int start = i + 1;
        int end = start;
        while (end < s.size() && s.get(end).word() && (s.get(end).capitalized() || NOUN_LINKS.contains(s.get(end).lower())
                || !Vocabulary.isFunctionWord(s.get(end)))) {
            end++;
        }
        if (end == start) {
            return Optional.empty();
        }
        // "figures published by the agency show…", or "In a report published by the agency, …, [what it says]"
        boolean comma = end + 1 < s.size() && s.get(end).is(',');
        if (!comma && (end >= s.size() || !s.get(end).word())) {
            return Optional.empty();
        }
        Span cue = s.get(i - 1).span().union(s.get(i).span());
        Span content = rest(s, comma ? end + 1 : end);
        return content.length() == 0 ? Optional.empty()
                : Optional.of(new Draft(cue, Stance.ASSERTED, between(s, start, end - 1), empty(cue), content));
    }

    /** A speaker is named, is a pronoun, or is described by a source word; "cases recorded" has none. */
    private static boolean looksLikeSpeaker(List<Token> s, int from, int to) {
        boolean determined = ReportingCueFinder.DETERMINERS.contains(s.get(from).lower()) && to > from
                && !Vocabulary.isFunctionWord(s.get(to));
        if (determined) {
            return true;
        }
        for (int k = from; k <= to; k++) {
            Token t = s.get(k);
            if (t.capitalized() && k > 0 || t.capitalized() && !Vocabulary.isFunctionWord(t)
                    || Vocabulary.SOURCE_WORDS.containsKey(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static int skipBackward(List<Token> s, int j) {
        while (j >= 0 && (ReportingCueFinder.SKIPPABLE_BEFORE_CUE.contains(s.get(j).lower()) || s.get(j).isQuoteMark())) {
            j--;
        }
        return j;
    }

    /**
     * Where the speaker ending at {@code end} starts: the noun phrase holding its last word, widened over
     * the phrases that qualify a noun ("a spokesman for the ministry", "the head of the agency"), so that a
     * phrase before it that belongs to another clause ("…to the town for the first time a monitoring group
     * said") is left out. Without a noun phrase there, the word-list reading of {@link #nounPhraseStart}.
     */
    private static int speakerStart(List<Token> s, int end, Syntax syntax) {
        if (end < 0) {
            return nounPhraseStart(s, end);
        }
        int offset = s.get(0).index();
        Optional<NounPhrase> phrase = syntax.nounPhraseAt(s.get(end).index());
        if (phrase.isEmpty() || phrase.get().pronoun()) {
            return nounPhraseStart(s, end);
        }
        NounPhrase np = phrase.get();
        for (int hops = 0; hops < QUALIFIER_HOPS && np.first() > offset; hops++) {
            int before = np.first() - 1;
            Optional<NounPhrase> qualified = syntax.prepositionalPhraseAt(before)
                    .filter(pp -> pp.preposition() == before && pp.attachment() == Attachment.NOUN)
                    .flatMap(syntax::attachedNoun);
            if (qualified.isEmpty()) {
                break;
            }
            np = qualified.get();
        }
        return Math.max(0, np.first() - offset);
    }

    private static int nounPhraseStart(List<Token> s, int end) {
        if (end < 0) {
            return 0;
        }
        if (Vocabulary.isSourceWord(s.get(end), "PRONOUN")) {
            return end;
        }
        int j = end;
        while (j >= 0) {
            Token t = s.get(j);
            boolean link = NOUN_LINKS.contains(t.lower()) || ReportingCueFinder.DETERMINERS.contains(t.lower());
            if (t.isQuoteMark() && j < end && j > 0 && s.get(j - 1).word() || isAbbreviationStop(s, j) && j < end) {
                j--;
                continue;
            }
            if (!t.word() || (Vocabulary.isFunctionWord(t) && !link) || Vocabulary.cueStance(t).isPresent() && j < end) {
                break;
            }
            j--;
        }
        int start = j + 1;
        // A phrase never starts with a linking word: "in the city, police said" keeps only "police".
        while (start <= end && NOUN_LINKS.contains(s.get(start).lower()) && !s.get(start).lower().equals("the")) {
            start++;
        }
        return start;
    }

    /** The full stop of a title or initial inside a name: "Maj. Gen. Ana Ruiz", "U.S. officials". */
    private static boolean isAbbreviationStop(List<Token> s, int j) {
        if (!s.get(j).is('.') || j == 0) {
            return false;
        }
        Token before = s.get(j - 1);
        return before.word() && before.capitalized() && before.text().length() <= 4;
    }

    private static boolean opensQuote(List<Token> s, int from, int to) {
        int quotes = 0;
        for (int k = from; k <= to; k++) {
            quotes += s.get(k).isQuoteMark() ? 1 : 0;
        }
        return quotes % 2 == 1;
    }

    private static int openingComma(List<Token> s, int closing) {
        for (int j = closing - 1; j >= 0; j--) {
            if (s.get(j).is(',')) {
                return j;
            }
        }
        return -1;
    }

    /** A run of capitalized words: the name in "The group, Clean Air Now, said". */
    private static boolean isName(List<Token> s, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int k = from; k <= to; k++) {
            if (!s.get(k).capitalized() && !NOUN_LINKS.contains(s.get(k).lower())) {
                return false;
            }
        }
        return s.get(from).capitalized();
    }

    private static boolean startsApposition(List<Token> s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String w = s.get(k).lower();
        boolean participle = !s.get(k).capitalized() && (w.endsWith("ed") || w.endsWith("ing"));
        return w.equals("who") || w.equals("which") || w.equals("a") || w.equals("an") || w.equals("the")
                || participle || Vocabulary.isSourceWord(s.get(k), "ROLE");
    }

    /**
     * What a reaction with a noun-phrase object answers: the object with what qualifies it, up to a comma
     * that does not open a relative clause ("could not confirm the authenticity of the video, Reuters
     * reported"; "have not confirmed the theft, which reportedly happened…").
     */
    private static Span objectAt(List<Token> s, int k, Syntax syntax) {
        int end = clauseEnd(s, k, true, syntax);
        int last = lastWord(s, k, end);
        return last < k ? new Span(s.get(Math.min(k, s.size() - 1)).span().start(), s.get(Math.min(k, s.size() - 1)).span().start())
                : between(s, k, last);
    }

    /**
     * Where the clause running from {@code from} ends (exclusive): at a semicolon, a comma (unless
     * {@code relativeContinues} and a relative pronoun follows it), a subordinator, or a conjunction that
     * opens a new clause ("…of affairs and although he denied it…").
     */
    private static int clauseEnd(List<Token> s, int from, boolean relativeContinues, Syntax syntax) {
        int end = from;
        while (end < s.size()) {
            Token t = s.get(end);
            PartOfSpeech tag = syntax.word(t.index()).tag();
            boolean next = end + 1 < s.size();
            if (t.is(';') || tag == PartOfSpeech.SCONJ && end > from
                    || tag == PartOfSpeech.CCONJ && next && (syntax.word(s.get(end + 1).index()).tag() == PartOfSpeech.SCONJ
                            || ReportingCueFinder.clauseAt(s, end + 1, syntax))
                    || t.is(',') && !(relativeContinues && next && isRelativePronoun(s.get(end + 1)))) {
                break;
            }
            end++;
        }
        return end;
    }

    private static Span contentAfter(List<Token> s, int i, Stance stance, Syntax syntax) {
        int k = i + 1;
        String cue = s.get(i).lower();
        if (cue.equals("told") || cue.equals("tells")) {
            while (k < s.size() && Vocabulary.isSourceWord(s.get(k).lower(), "ADDRESSEE")) {
                k++;
            }
        }
        k = skipTimeAdverbial(s, k);
        for (int m = k; m < Math.min(s.size(), k + 10); m++) {
            if (s.get(m).is(',') || s.get(m).is('.') || Vocabulary.cueStance(s.get(m)).isPresent()) {
                break;
            }
            if (s.get(m).lower().equals("that") && (m == k || !ReportingCueFinder.DETERMINERS.contains(s.get(m - 1).lower()))) {
                k = m;
                break;
            }
        }
        boolean introduced = k < s.size() && (s.get(k).lower().equals("that") || s.get(k).is(':'));
        if (!introduced && k < s.size() && pointsBack(s, k, syntax) && REACTIONS.contains(stance)) {
            // "The ministry denied it.", "although he denied it police believe…", "rejected the claim": a
            // reaction's pointer is all it answers; "denied the reports that…" names its claim instead
            Optional<Span> pointer = pointerAt(s, k, syntax);
            if (pointer.isPresent()) {
                return pointer.get();
            }
        }
        if (introduced) {
            k++;
        } else if (REACTIONS.contains(stance) && !statesSomethingAt(s, k) && !pointsBack(s, k, syntax)) {
            return objectAt(s, k, syntax);
        } else if (!statesSomethingAt(s, k) && !pointsBack(s, k, syntax)) {
            // "said in its bulletin on Tuesday.", "told a rally in Kraków, calling it…": no clause follows,
            // so what was said is what came before.
            return new Span(s.get(Math.min(k, s.size() - 1)).span().start(), s.get(Math.min(k, s.size() - 1)).span().start());
        }
        // Inside a quotation the content ends with it: "'We cannot confirm these reports,' X said."
        int end = k;
        while (end < s.size() && !isClosingQuote(s, end)) {
            end++;
        }
        boolean quoted = end < s.size() && opensQuote(s, 0, k - 1);
        if (quoted && lastWord(s, k, end) < 0) {
            // Scare quotes around the cue itself ("said it 'cannot confirm' reports that…"): read on.
            k = end + 1;
            quoted = false;
        }
        Span content = quoted ? between(s, k, lastWord(s, k, end)) : rest(s, k);
        int words = 0;
        for (int j = k; j < s.size(); j++) {
            words += s.get(j).word() || s.get(j).digits() ? 1 : 0;
        }
        return words >= 2 ? content : new Span(content.start(), content.start());
    }

    /**
     * Whether the words from {@code k} to the next comma read as a clause: they hold a number, an
     * auxiliary, a past or present participle, a measure word or a quotation.
     */
    private static boolean statesSomethingAt(List<Token> s, int k) {
        for (int m = k; m < s.size() && !s.get(m).is(',') && !s.get(m).is(';'); m++) {
            Token t = s.get(m);
            String w = t.lower();
            if (t.digits() || CLAUSE_WORDS.contains(w) || t.isQuoteMark() || Vocabulary.looksLikeVerb(w)
                    || CountedThingReader.MEASURES.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words at {@code k} point back to a claim: "the claim", "these reports", "it". */
    private static boolean pointsBack(List<Token> s, int k, Syntax syntax) {
        if (k >= s.size()) {
            return false;
        }
        String first = s.get(k).lower();
        if (first.equals("it") || first.equals("this") || first.equals("that")) {
            return true;
        }
        for (int m = k + 1; m < Math.min(s.size(), k + 4) && ReportingCueFinder.DETERMINERS.contains(first); m++) {
            if (isPointerNoun(s.get(m), syntax)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pointer phrase starting at {@code k}: a pronoun, or a determiner up to its claim noun ("these
     * reports"); empty when a clause of its own follows the noun ("the reports that…", "the claim of…").
     */
    private static Optional<Span> pointerAt(List<Token> s, int k, Syntax syntax) {
        for (int m = k + 1; m < Math.min(s.size(), k + 4); m++) {
            if (isPointerNoun(s.get(m), syntax)) {
                boolean ownClause = m + 1 < s.size() && (s.get(m + 1).lower().equals("that") || s.get(m + 1).lower().equals("of"));
                return ownClause ? Optional.empty() : Optional.of(between(s, k, m));
            }
        }
        return Optional.of(s.get(k).span());
    }

    /** Whether the word is a noun that can stand for a claim: "the claim", "these reports", "the same". */
    private static boolean isPointerNoun(Token t, Syntax syntax) {
        String lemma = syntax.word(t.index()).lemma();
        return syntax.word(t.index()).tag().nominal()
                && (Vocabulary.isClaimWord(lemma, "CLAIM") || Vocabulary.isClaimWord(lemma, "POINTER"));
    }

    /** The index of the last word or number in {@code [from, endExclusive)}, or -1 when there is none. */
    private static int lastWord(List<Token> s, int from, int endExclusive) {
        int last = -1;
        for (int m = from; m < endExclusive; m++) {
            if (s.get(m).word() || s.get(m).digits()) {
                last = m;
            }
        }
        return last;
    }

    private static int skipTimeAdverbial(List<Token> s, int k) {
        int j = k;
        if (j < s.size() && (s.get(j).lower().equals("on") || s.get(j).lower().equals("this") || s.get(j).lower().equals("late")
                || s.get(j).lower().equals("earlier") || s.get(j).lower().equals("last"))) {
            int stop = Math.min(s.size(), j + 4);
            for (int m = j + 1; m < stop; m++) {
                if (s.get(m).lower().equals("that") || s.get(m).is(',')) {
                    return m;
                }
                if (TokenWindows.isTimeWord(s.get(m))) {
                    return m + 1;
                }
            }
        }
        return k;
    }

    private static boolean isAnaphoric(List<Token> s, Span content, Syntax syntax) {
        if (content.length() == 0) {
            return false;
        }
        List<Token> words = new ArrayList<>();
        for (Token t : s) {
            if (content.contains(t.span()) && t.word()) {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        String first = words.get(0).lower();
        // "rejected it", "denied this": the pronoun is the whole content. "said it had destroyed…" is not.
        if (words.size() == 1 && (first.equals("it") || first.equals("this") || first.equals("that"))) {
            return true;
        }
        if (!ReportingCueFinder.DETERMINERS.contains(first) || words.size() < 2) {
            return false;
        }
        for (int k = 1; k < Math.min(words.size(), 4); k++) {
            if (isPointerNoun(words.get(k), syntax)) {
                boolean clauseFollows = k + 1 < words.size() && words.get(k + 1).lower().equals("that");
                return !clauseFollows;
            }
        }
        return false;
    }

    private static Span rest(List<Token> s, int k) {
        int end = s.size() - 1;
        while (end >= k && !s.get(end).word() && !s.get(end).digits()) {
            end--;
        }
        if (k > end) {
            int at = k < s.size() ? s.get(k).span().start() : s.get(s.size() - 1).span().end();
            return new Span(at, at);
        }
        return between(s, k, end);
    }

    private static Span before(List<Token> s, int k) {
        int end = k - 1;
        while (end >= 0 && !s.get(end).word() && !s.get(end).digits()) {
            end--;
        }
        int start = 0;
        while (start <= end && !s.get(start).word() && !s.get(start).digits()) {
            start++;
        }
        if (start > end) {
            int at = s.get(Math.max(0, Math.min(k, s.size() - 1))).span().start();
            return new Span(at, at);
        }
        return between(s, start, end);
    }

    private static Span between(List<Token> s, int from, int to) {
        return s.get(from).span().union(s.get(to).span());
    }

    private static Span empty(Span at) {
        return new Span(at.start(), at.start());
    }
}
