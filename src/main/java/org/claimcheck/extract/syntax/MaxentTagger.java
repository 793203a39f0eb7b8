package org.claimcheck.extract.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Greedy decoding of OpenNLP's English maximum-entropy POS model ({@code opennlp-models-pos-en} 1.3.0, trained
 * on UD English-EWT), with the model's own scores precomputed per word.
 *
 * <p><b>Why not {@code POSTaggerME}.</b> The tagger scores a token by summing the model's weights for about
 * fifteen feature strings ("w=said", "p1w=the", "suf=id", "t=NOUN"…) that it builds anew, and hashes, for
 * every token; that hashing was a third of its time. Here the same sum is split by what each feature
 * depends on: the token itself (prefixes, suffixes, word and word class: one vector per distinct word,
 * computed with the model's own feature generator and cached), each neighbour two either side (the model's
 * weight table, keyed by the lower-cased neighbour), the position at the start of the sentence, and the
 * previous one or two tags (tables of every tag and tag pair). Taking the best tag at each step is beam
 * size 1; on our own 2,011-token test text it chose the same tag as the model's default beam of 3 for every
 * token, and the tests compare it with the model's own context generator token by token. The model's
 * manifest has no tag dictionary, so every tag is allowed everywhere, as in {@code POSTaggerME}.
 *
 * <p><b>Threads.</b> One instance is shared read-only: the tables are built once and never change; the word
 * cache is a concurrent map, bounded at {@value #WORD_CACHE_LIMIT} words (past that a word is scored
 * without caching, at the original cost); the model's feature generator, which keeps per-sentence state,
 * is one per thread.
 */
final class MaxentTagger {

    private static final Logger LOG = LoggerFactory.getLogger(MaxentTagger.class);

    /** The model file inside the {@code opennlp-models-pos-en} jar. */
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final int WORD_CACHE_LIMIT = 50_000;

    // Feature names of OpenNLP's feature generators (TokenFeatureGenerator under WindowFeatureGenerator,
    // SentenceFeatureGenerator, PosTaggerFeatureGenerator), as the model was trained with them.
    private static final String[] NEIGHBOUR_PREFIXES = {"p2w=", "p1w=", "n1w=", "n2w="};
    private static final int[] NEIGHBOUR_OFFSETS = {-2, -1, 1, 2};
    private static final String[] BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};
    private static final String PREVIOUS_TAG = "t=";
    private static final String PREVIOUS_TAGS = "t2=";

    private final Map<String, Context> weights;
    private final Map<String, Context>[] neighbours;
    private final int outcomes;
    private final PartOfSpeech[] tagOf;
    private final Map<String, double[]> ownScores = new ConcurrentHashMap<>();
    private final Context[] begin = new Context[BEGIN.length];
    private final Context[] previous;
    private final Context[] previousTwo;
    private final ThreadLocal<POSContextGenerator> generators;

    private MaxentTagger(POSModel model) {
        if (model.getFactory().getTagDictionary() != null) {
            throw new IllegalStateException("the POS model has a tag dictionary, which greedy decoding ignores");
        }
        MaxentModel maxent = model.getArtifact("pos.model");
        Object[] data = ((opennlp.tools.ml.model.AbstractModel) maxent).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> table = (Map<String, Context>) data[1];
        this.weights = table;
        this.neighbours = neighbourTables(table);
        this.outcomes = maxent.getNumOutcomes();
        this.tagOf = new PartOfSpeech[outcomes];
        for (int i = 0; i < outcomes; i++) {
            tagOf[i] = PartOfSpeech.fromModel(maxent.getOutcome(i));
        }
        for (int i = 0; i < BEGIN.length; i++) {
            begin[i] = weights.get(BEGIN[i]);
        }
        this.previous = new Context[outcomes];
        this.previousTwo = new Context[outcomes * outcomes];
        for (int p = 0; p < outcomes; p++) {
            previous[p] = weights.get(PREVIOUS_TAG + maxent.getOutcome(p));
            for (int q = 0; q < outcomes; q++) {
                previousTwo[q * outcomes + p] = weights.get(PREVIOUS_TAGS + maxent.getOutcome(q) + "," + maxent.getOutcome(p));
            }
        }
        this.generators = ThreadLocal.withInitial(() -> model.getFactory().getPOSContextGenerator(0));
    }

    // One table per neighbour position, keyed by the lower-cased word alone: each token's string is then
    // hashed once for all four lookups instead of four new feature strings being built and hashed.
    @SuppressWarnings("unchecked")
    private static Map<String, Context>[] neighbourTables(Map<String, Context> weights) {
        Map<String, Context>[] tables = new Map[NEIGHBOUR_PREFIXES.length];
        for (int k = 0; k < tables.length; k++) {
            tables[k] = new HashMap<>();
        }
        weights.forEach((feature, context) -> {
            for (int k = 0; k < NEIGHBOUR_PREFIXES.length; k++) {
                if (feature.startsWith(NEIGHBOUR_PREFIXES[k])) {
                    tables[k].put(feature.substring(NEIGHBOUR_PREFIXES[k].length()), context);
                }
            }
        });
        return tables;
    }

    /**
     * Returns the shared tagger, loading the model on first use (about half a second).
     *
     * @throws IllegalStateException when the model jar is not on the classpath or cannot be read
     */
    static MaxentTagger standard() {
        return Holder.INSTANCE;
    }

    /** Returns the number of the model's outcomes, the size of a score vector. */
    int outcomes() {
        return outcomes;
    }

    /** Returns the universal tag of an outcome of the model. */
    PartOfSpeech tagOf(int outcome) {
        return tagOf[outcome];
    }

    /**
     * Tags one sentence.
     *
     * @param words the sentence's tokens as written
     * @return the model's best outcome for each token, left to right
     */
    int[] tag(String[] words) {
        int n = words.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = StringUtil.toLowerCase(words[i]);
        }
        int[] best = new int[n];
        double[] score = new double[outcomes];
        for (int i = 0; i < n; i++) {
            System.arraycopy(own(words[i]), 0, score, 0, outcomes);
            for (int k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
                int j = i + NEIGHBOUR_OFFSETS[k];
                if (j >= 0 && j < n) {
                    add(score, neighbours[k].get(lower[j]));
                }
            }
            if (i < BEGIN.length) {
                add(score, begin[i]);
            }
            if (i >= 1) {
                add(score, previous[best[i - 1]]);
            }
            if (i >= 2) {
                add(score, previousTwo[best[i - 2] * outcomes + best[i - 1]]);
            }
            best[i] = argmax(score);
        }
        return best;
    }

    // The features of a token alone are those the model's generator gives a one-token sentence, less its
    // sentence-start feature.
    private double[] own(String word) {
        double[] cached = ownScores.get(word);
        if (cached != null) {
            return cached;
        }
        double[] score = new double[outcomes];
        for (String feature : generators.get().getContext(0, new String[] {word}, new String[1], null)) {
            if (!feature.equals(BEGIN[0])) {
                add(score, weights.get(feature));
            }
        }
        if (ownScores.size() < WORD_CACHE_LIMIT) {
            ownScores.putIfAbsent(word, score);
        }
        return score;
    }

    private static void add(double[] score, Context context) {
        if (context == null) {
            return;
        }
        int[] ids = context.getOutcomes();
        double[] parameters = context.getParameters();
        for (int k = 0; k < ids.length; k++) {
            score[ids[k]] += parameters[k];
        }
    }

    private static int argmax(double[] score) {
        int best = 0;
        for (int k = 1; k < score.length; k++) {
            if (score[k] > score[best]) {
                best = k;
            }
        }
        return best;
    }

    private static final class Holder {

        static final MaxentTagger INSTANCE = load();

        private static MaxentTagger load() {
            long start = System.nanoTime();
            try (InputStream in = MaxentTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + MODEL
                            + "; is org.apache.opennlp:opennlp-models-pos-en:1.3.0 on the classpath?");
                }
                MaxentTagger tagger = new MaxentTagger(new POSModel(in));
                LOG.debug("POS model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                return tagger;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the POS model " + MODEL, e);
            }
        }
    }
}
