package org.claimcheck.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.input.Article;

/**
 * An ordered list of stages, checked when it is built so that every stage finds the layers it needs.
 */
public final class Pipeline {

    private final List<Stage> stages;

    /**
     * Creates a pipeline.
     *
     * @throws IllegalArgumentException naming the stage and the missing layer when a stage comes before
     *     the stage that provides what it requires, or when two stages provide the same layer
     */
    public Pipeline(List<Stage> stages) {
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> needed : stage.requires()) {
                if (!available.contains(needed)) {
                    throw new IllegalArgumentException(stage.getClass().getSimpleName() + " requires layer '" + needed
                            + "', which no earlier stage provides (available: " + available + ")");
                }
            }
            if (!available.add(stage.provides())) {
                throw new IllegalArgumentException("layer '" + stage.provides() + "' is provided twice");
            }
        }
        this.stages = List.copyOf(stages);
    }

    /** Returns the standard English pipeline, every layer claimcheck's facts are built from. */
    public static Pipeline standard() {
        return StandardPipeline.INSTANCE;
    }

    /**
     * Runs the pipeline once over a short built-in article ({@code warm-up.txt}), so that the models and
     * word lists stages load on first use are loaded now. Call it on a spare thread while something else
     * starts up; it returns this pipeline.
     */
    public Pipeline warmedUp() {
        String text = String.join(" ", WordList.load("warm-up.txt"));
        run(Article.of("warm-up", "warm-up.txt", text));
        return this;
    }

    /** Runs every stage over {@code article} and returns the annotated document. */
    public AnnotatedDocument run(Article article) {
        AnnotatedDocument document = new AnnotatedDocument(article);
        for (Stage stage : stages) {
            stage.annotate(document);
        }
        return document;
    }
}
