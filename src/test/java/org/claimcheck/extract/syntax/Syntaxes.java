package org.claimcheck.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Article;

/** Runs sentences, tokens and the syntax stages over a test text. */
final class Syntaxes {

    private static final Pipeline TAGGING = pipeline(0);

    private Syntaxes() {
    }

    /** Returns the pipeline of sentences, tokens and the first {@code stages} syntax stages after tagging. */
    static Pipeline pipeline(int stages) {
        List<Stage> all = new ArrayList<>(List.of(new SentenceSplitter(), new Tokenizer(), new PartOfSpeechTagger()));
        all.addAll(cascade().subList(0, stages));
        return new Pipeline(all);
    }

    /** Returns the syntax stages after the tagger, in order. */
    static List<Stage> cascade() {
        return List.of();
    }

    /** Returns {@code text} tokenized and tagged. */
    static AnnotatedDocument tagged(String text) {
        return TAGGING.run(Article.of("test", "test", text));
    }

    /** Returns the tagged word whose text is {@code word}, the first if several. */
    static TaggedWord word(AnnotatedDocument document, String word) {
        return document.get(PartOfSpeechTagger.TAGGED).stream().filter(w -> document.text(w.span()).equals(word))
                .findFirst().orElseThrow(() -> new AssertionError("no token '" + word + "' in " + document.text()));
    }
}
