package org.claimcheck.extract.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.input.Span;

/**
 * Splits text into sentences with ICU's sentence rules, CLDR's English abbreviation suppressions and the
 * project's own list ({@code abbreviations.txt}: ranks, titles, months, units), so that "Lt. Col. Ana
 * Ruiz" or "Sept. 4" does not end a sentence. Paragraph breaks always end one.
 */
public final class SentenceSplitter implements Stage {

    /** The sentence layer. */
    public static final Layer<SentenceSpan> SENTENCES = new Layer<>("sentences", SentenceSpan.class);

    private final BreakIterator prototype;
    private final Set<String> abbreviations;

    /** Creates a splitter with the bundled abbreviation list. */
    public SentenceSplitter() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH);
        abbreviations = Set.copyOf(WordList.load("text/abbreviations.txt"));
        for (String abbreviation : abbreviations) {
            builder.suppressBreakAfter(abbreviation);
        }
        this.prototype = builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    private boolean onlyAbbreviations(String piece) {
        for (String word : piece.strip().split("\\s+")) {
            if (!abbreviations.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Layer<?> provides() {
        return SENTENCES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        document.put(SENTENCES, split(document.text()));
    }

    /** Returns the sentences of {@code text}, trimmed, empty ones dropped. */
    public List<SentenceSpan> split(String text) {
        // BreakIterator keeps iteration state, so each call works on its own clone.
        BreakIterator iterator = (BreakIterator) prototype.clone();
        iterator.setText(text);
        List<SentenceSpan> sentences = new ArrayList<>();
        int pendingStart = -1;
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s >= e) {
                continue;
            }
            // ICU does not apply its suppressions to an abbreviation that opens the text or a sentence
            // ("Lt. Ruiz said…"): a piece made only of abbreviations belongs to the next sentence.
            if (onlyAbbreviations(text.substring(s, e)) && end < text.length()) {
                pendingStart = pendingStart < 0 ? s : pendingStart;
                continue;
            }
            int from = pendingStart < 0 ? s : pendingStart;
            pendingStart = -1;
            sentences.add(new SentenceSpan(sentences.size(), new Span(from, e)));
        }
        return sentences;
    }
}
