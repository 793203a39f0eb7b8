package org.claimcheck.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Article;
import org.claimcheck.input.Span;

/** Runs sentences, tokens and the syntax stages over a test text. */
final class Syntaxes {

    private static final Pipeline TAGGING = pipeline(0);
    private static final Pipeline FULL = pipeline(cascade().size());

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
        return List.of(new NounPhraseChunker(), new VerbGroupChunker(), new PrepositionalPhraseChunker(),
                new ClauseSegmenter());
    }

    /** Returns {@code text} through every syntax stage. */
    static AnnotatedDocument parsed(String text) {
        return FULL.run(Article.of("test", "test", text));
    }

    /** Returns the text of each record's span in a layer. */
    static <T> List<String> texts(AnnotatedDocument document, List<T> records, java.util.function.Function<T, Span> span) {
        return records.stream().map(r -> document.text(span.apply(r))).toList();
    }

    /** Returns the noun phrase whose text is {@code text}. */
    static NounPhrase nounPhrase(AnnotatedDocument document, String text) {
        return document.get(NounPhraseChunker.NOUN_PHRASES).stream().filter(p -> document.text(p.span()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no noun phrase '" + text + "' in "
                        + texts(document, document.get(NounPhraseChunker.NOUN_PHRASES), NounPhrase::span)));
    }

    /** Returns the verb group whose text is {@code text}. */
    static VerbGroup verbGroup(AnnotatedDocument document, String text) {
        return document.get(VerbGroupChunker.VERB_GROUPS).stream().filter(g -> document.text(g.span()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no verb group '" + text + "' in "
                        + texts(document, document.get(VerbGroupChunker.VERB_GROUPS), VerbGroup::span)));
    }

    /** Returns the text of the token with document-wide index {@code token}. */
    static String token(AnnotatedDocument document, int token) {
        return document.text(document.get(PartOfSpeechTagger.TAGGED).get(token).span());
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
