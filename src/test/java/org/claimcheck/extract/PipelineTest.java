package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.ResponseLinker;
import org.claimcheck.extract.attribution.SourceResolver;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Article;
import org.junit.jupiter.api.Test;

/** A pipeline is checked when built: every stage finds its layers, and each layer has one author. */
class PipelineTest {

    @Test
    void stageBeforeTheLayerItRequiresFailsNamingStageAndLayer() {
        List<Stage> stages = List.of(new Tokenizer());

        var thrown = assertThatIllegalArgumentException().isThrownBy(() -> new Pipeline(stages));

        thrown.withMessageContaining("Tokenizer").withMessageContaining("sentences");
    }

    @Test
    void stagesInTheWrongOrderFailNamingTheFirstUnsatisfiedStage() {
        List<Stage> stages = List.of(new Tokenizer(), new SentenceSplitter());

        var thrown = assertThatIllegalArgumentException().isThrownBy(() -> new Pipeline(stages));

        thrown.withMessageContaining("Tokenizer").withMessageContaining("sentences");
    }

    @Test
    void layerProvidedTwiceFailsNamingTheLayer() {
        List<Stage> stages = List.of(new SentenceSplitter(), new SentenceSplitter());

        var thrown = assertThatIllegalArgumentException().isThrownBy(() -> new Pipeline(stages));

        thrown.withMessageContaining("sentences").withMessageContaining("twice");
    }

    @Test
    void stagesInDependencyOrderBuildAndRun() {
        Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter(), new Tokenizer()));

        AnnotatedDocument document = pipeline.run(Article.of("fares", "test", "Fares rose. Riders complained."));

        assertThat(document.get(SentenceSplitter.SENTENCES)).hasSize(2);
        assertThat(document.get(Tokenizer.TOKENS)).extracting(Token::text)
                .containsExactly("Fares", "rose", ".", "Riders", "complained", ".");
    }

    @Test
    void readingALayerNoStageProvidedFailsNamingIt() {
        Pipeline pipeline = new Pipeline(List.of(new SentenceSplitter()));
        AnnotatedDocument document = pipeline.run(Article.of("fares", "test", "Fares rose."));

        var thrown = assertThatIllegalStateException().isThrownBy(() -> document.get(Tokenizer.TOKENS));

        thrown.withMessageContaining("tokens");
    }

    @Test
    void standardPipelineProvidesEveryLayer() {
        AnnotatedDocument document = Pipeline.standard().run(Article.of("strike", "test",
                "Union leader Ivo Petrov said 3,000 dockers walked out in Porto. The port authority denied that."));

        List<Layer<?>> layers = List.of(SentenceSplitter.SENTENCES, Tokenizer.TOKENS, PlaceExtractor.PLACES,
                AttributionExtractor.ATTRIBUTIONS, SourceResolver.SOURCES, ResponseLinker.RESPONSES,
                QuantityExtractor.QUANTITIES);

        assertThat(layers).allSatisfy(layer -> assertThat(document.has(layer)).as("has %s", layer).isTrue());
    }
}
