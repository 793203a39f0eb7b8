package org.claimcheck.bench;

import java.util.List;
import org.claimcheck.input.Article;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One thread's walk through the article mix, counting the words it has processed.
 *
 * <p>JMH reports {@link #words} as a secondary result next to the benchmark's own score: in throughput
 * mode it is words per second, summed over threads like the primary score. Each call to {@link #next}
 * advances to the following article, so every thread sees the whole mix in the same order.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class MixCursor {

    /** Words processed in this iteration; JMH turns it into words/s. */
    public long words;

    private List<Article> articles;
    private int[] wordCounts;
    private int position;

    /** Loads the mix once per trial. */
    @Setup(Level.Trial)
    public void load(Mix mix) {
        articles = mix.articles;
        wordCounts = mix.wordCounts;
    }

    /** Restarts the count for each iteration, as JMH expects of auxiliary counters. */
    @Setup(Level.Iteration)
    public void reset() {
        words = 0;
    }

    /** Returns the index of the next article and counts its words. */
    int next() {
        int index = position;
        position = (position + 1) % articles.size();
        words += wordCounts[index];
        return index;
    }

    /** Returns the next article and counts its words. */
    Article nextArticle() {
        return articles.get(next());
    }
}
