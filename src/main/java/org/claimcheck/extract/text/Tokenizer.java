package org.claimcheck.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.input.Span;

/**
 * Splits each sentence into words (letters with inner apostrophes and hyphens: "fishermen's",
 * "counter-protesters"), numbers (digits with inner separators: "3,450", "7.2") and single
 * punctuation marks.
 */
public final class Tokenizer implements Stage {

    /** The token layer. */
    public static final Layer<Token> TOKENS = new Layer<>("tokens", Token.class);

    // Possessive "'s" stays on its word: "the ministry's spokesman" reads as one modifier.
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES);
    }

    @Override
    public Layer<?> provides() {
        return TOKENS;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        List<Token> tokens = new ArrayList<>();
        String text = document.text();
        for (SentenceSpan sentence : document.get(SentenceSplitter.SENTENCES)) {
            Matcher m = TOKEN.matcher(text).region(sentence.span().start(), sentence.span().end());
            while (m.find()) {
                tokens.add(new Token(tokens.size(), new Span(m.start(), m.end()), m.group(), sentence.index()));
            }
        }
        document.put(TOKENS, tokens);
    }
}
