package org.claimcheck.bench;

import java.util.List;
import org.claimcheck.input.Article;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The article mix shared by all threads of a benchmark, generated once per trial and described in the log. */
@State(Scope.Benchmark)
public class Mix {

    List<Article> articles;
    int[] wordCounts;

    /** Generates the mix and prints its size, so words/s can be checked against articles/s. */
    @Setup(Level.Trial)
    public void generate() {
        articles = ArticleMix.standard();
        wordCounts = articles.stream().mapToInt(a -> ArticleMix.words(a.text())).toArray();
        System.out.println(ArticleMix.describe(articles));
    }
}
