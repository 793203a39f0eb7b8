package org.claimcheck.report;

import java.io.PrintWriter;
import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.syntax.Clause;
import org.claimcheck.extract.syntax.NounPhrase;
import org.claimcheck.extract.syntax.PartOfSpeechTagger;
import org.claimcheck.extract.syntax.PrepositionalPhrase;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.TaggedWord;
import org.claimcheck.extract.syntax.VerbGroup;

/**
 * Writes the linguistic layer of a document for debugging ({@code claimcheck facts --tokens}): per sentence,
 * every token as {@code word/TAG/lemma}, then its noun phrases, verb groups (with negation, modality,
 * tense and voice), prepositional phrases (with what they attach to) and clauses (with kind and subject).
 */
public final class TokensTextWriter {

    private TokensTextWriter() {
    }

    /** Writes the layers of {@code document} under a header naming it. */
    public static void write(AnnotatedDocument document, PrintWriter out) {
        Syntax syntax = Syntax.of(document);
        out.println("== " + document.article().id() + "  (" + document.article().origin() + ")");
        int sentence = -1;
        StringBuilder line = new StringBuilder();
        for (TaggedWord w : document.get(PartOfSpeechTagger.TAGGED)) {
            if (w.sentence() != sentence) {
                flush(document, syntax, sentence, line, out);
                sentence = w.sentence();
                line.append("  s").append(sentence).append(':');
            }
            line.append(' ').append(document.text(w.span())).append('/').append(w.tag()).append('/').append(w.lemma());
        }
        flush(document, syntax, sentence, line, out);
        out.flush();
    }

    private static void flush(AnnotatedDocument d, Syntax syntax, int sentence, StringBuilder line, PrintWriter out) {
        if (sentence < 0) {
            return;
        }
        out.println(line);
        line.setLength(0);
        for (NounPhrase np : of(syntax.nounPhrases(), sentence, NounPhrase::sentence)) {
            out.println("    NP  " + d.text(np.span()) + "  head=" + token(d, syntax, np.head()));
        }
        for (VerbGroup vg : of(syntax.verbGroups(), sentence, VerbGroup::sentence)) {
            out.println("    VG  " + d.text(vg.span()) + "  lemma=" + vg.lemma() + " " + vg.tense() + " " + vg.voice()
                    + (vg.negated() ? " negated" : "") + (vg.modal().isEmpty() ? "" : " modal=" + vg.modal())
                    + (vg.perfect() ? " perfect" : "") + (vg.infinitive() ? " infinitive" : ""));
        }
        for (PrepositionalPhrase pp : of(syntax.prepositionalPhrases(), sentence, PrepositionalPhrase::sentence)) {
            String host = switch (pp.attachment()) {
                case NOUN -> syntax.attachedNoun(pp).map(np -> d.text(np.span())).orElse("?");
                case VERB -> syntax.attachedVerb(pp).map(vg -> d.text(vg.span())).orElse("?");
                case NONE -> "-";
            };
            out.println("    PP  " + d.text(pp.span()) + "  -> " + pp.attachment() + " " + host);
        }
        for (Clause c : of(syntax.clauses(), sentence, Clause::sentence)) {
            out.println("    CL  " + c.kind() + " " + d.text(c.span()) + "  subject="
                    + syntax.subject(c).map(np -> d.text(np.span())).orElse("-"));
        }
    }

    private static String token(AnnotatedDocument d, Syntax syntax, int index) {
        return d.text(syntax.word(index).span());
    }

    /** The records of one sentence; layers are in text order, so a binary search finds the first. */
    private static <T> List<T> of(List<T> records, int sentence, java.util.function.ToIntFunction<T> sentenceOf) {
        int lo = 0;
        int hi = records.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceOf.applyAsInt(records.get(mid)) < sentence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < records.size() && sentenceOf.applyAsInt(records.get(end)) == sentence) {
            end++;
        }
        return records.subList(lo, end);
    }
}
