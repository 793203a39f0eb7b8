package org.claimcheck.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Pipeline;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.syntax.ClauseSegmenter;
import org.claimcheck.extract.syntax.NounPhraseChunker;
import org.claimcheck.extract.syntax.PartOfSpeechTagger;
import org.claimcheck.extract.syntax.PrepositionalPhraseChunker;
import org.claimcheck.extract.syntax.Syntax;
import org.claimcheck.extract.syntax.VerbGroupChunker;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Article;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The syntax stages (issue #12), one article of the mix per operation: the score is articles/s, the
 * {@code tokens} secondary result tokens/s, the {@code words} result words/s.
 *
 * <p>Sentences and tokens are made in the set-up, so {@code tagger} is {@link PartOfSpeechTagger} alone (model,
 * tag repair, lemmas) and {@code cascade} the tagger plus noun phrases, verb groups, prepositional phrases,
 * clauses and the {@link Syntax} view's indexes.
 *
 * <p>Measured (two cores shared with other work, load average 4–5; {@code -f 1 -wi 5 -w 5s -i 5 -r 3s}):
 * {@code tagger} 1,555 ± 764 articles/s (658k tokens/s, 573k words/s); {@code cascade} 1,100 ± 617
 * articles/s (465k tokens/s, 405k words/s), about 0.9 ms per article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SyntaxBenchmark {

    private List<AnnotatedDocument> tokenized;
    private PartOfSpeechTagger tagger;
    private List<Stage> cascade;

    /** Counts the tokens and words an iteration processed; JMH reports both per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {

        /** Tokens processed in this iteration. */
        public long tokens;
        /** Words (white-space separated) processed in this iteration. */
        public long words;
        int position;

        /** Restarts the counts for each iteration, as JMH expects of auxiliary counters. */
        @Setup(Level.Iteration)
        public void reset() {
            tokens = 0;
            words = 0;
        }
    }

    /** Splits and tokenizes the mix once and loads the model, the lexicons and WordNet. */
    @Setup(Level.Trial)
    public void build() {
        List<Article> articles = ArticleMix.standard();
        System.out.println(ArticleMix.describe(articles));
        Pipeline tokens = new Pipeline(List.of(new SentenceSplitter(), new Tokenizer()));
        tokenized = articles.stream().map(tokens::run).toList();
        tagger = new PartOfSpeechTagger();
        cascade = List.of(tagger, new NounPhraseChunker(), new VerbGroupChunker(), new PrepositionalPhraseChunker(),
                new ClauseSegmenter());
    }

    private AnnotatedDocument next(Counts counts) {
        AnnotatedDocument source = tokenized.get(counts.position);
        counts.position = (counts.position + 1) % tokenized.size();
        counts.tokens += source.get(Tokenizer.TOKENS).size();
        counts.words += ArticleMix.words(source.text());
        return source;
    }

    /** Tags the next article's tokens. */
    @Benchmark
    public Object tagger(Counts counts) {
        return tagger.tag(next(counts).get(Tokenizer.TOKENS));
    }

    /** Runs the tagger and every chunker over the next article and builds the view. */
    @Benchmark
    public Syntax cascade(Counts counts) {
        AnnotatedDocument source = next(counts);
        AnnotatedDocument document = new AnnotatedDocument(source.article());
        document.put(SentenceSplitter.SENTENCES, source.get(SentenceSplitter.SENTENCES));
        document.put(Tokenizer.TOKENS, source.get(Tokenizer.TOKENS));
        for (Stage stage : cascade) {
            stage.annotate(document);
        }
        return Syntax.of(document);
    }
}
