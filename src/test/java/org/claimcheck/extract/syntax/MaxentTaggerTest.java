package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The precomputed greedy decoder against OpenNLP itself: if an OpenNLP upgrade renamed a feature, these
 * fail.
 */
class MaxentTaggerTest {

    private static POSModel model;
    private static List<String[]> sentences;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MaxentTaggerTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        AnnotatedDocument document = Syntaxes.tagged(OwnText.NEWS);
        sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int sentence = 0;
        for (Token token : document.get(Tokenizer.TOKENS)) {
            if (token.sentence() != sentence) {
                sentences.add(current.toArray(String[]::new));
                current.clear();
                sentence = token.sentence();
            }
            current.add(token.text());
        }
        sentences.add(current.toArray(String[]::new));
    }

    @Test
    void precomputedScoresChooseWhatTheModelsOwnFeaturesChoose() {
        // given OpenNLP's context generator and model, decoded greedily token by token
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator(0);
        MaxentModel maxent = model.getArtifact("pos.model");
        MaxentTagger tagger = MaxentTagger.standard();

        // when
        List<String> differences = new ArrayList<>();
        for (String[] words : sentences) {
            int[] fast = tagger.tag(words);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] p = maxent.eval(generator.getContext(i, words, tags, null));
                tags[i] = maxent.getBestOutcome(p);
                if (!maxent.getOutcome(fast[i]).equals(tags[i])) {
                    differences.add(words[i] + ": " + tags[i] + " vs " + maxent.getOutcome(fast[i]));
                }
                tags[i] = maxent.getOutcome(fast[i]);
            }
        }

        // then
        assertThat(differences).isEmpty();
    }

    @Test
    void greedyDecodingAgreesWithTheDefaultBeamOnAtLeast98PercentOfTokens() {
        // given POSTaggerME with the model's beam of three
        POSTaggerME beam = new POSTaggerME(model);
        MaxentTagger tagger = MaxentTagger.standard();
        MaxentModel maxent = model.getArtifact("pos.model");

        // when
        int tokens = 0;
        int agreed = 0;
        for (String[] words : sentences) {
            String[] expected = beam.tag(words);
            int[] greedy = tagger.tag(words);
            for (int i = 0; i < words.length; i++) {
                tokens++;
                agreed += maxent.getOutcome(greedy[i]).equals(expected[i]) ? 1 : 0;
            }
        }

        // then
        assertThat(tokens).isGreaterThan(1_900);
        assertThat((double) agreed / tokens).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void emptySentenceHasNoTags() {
        // given no words

        // when
        int[] tags = MaxentTagger.standard().tag(new String[0]);

        // then
        assertThat(tags).isEmpty();
    }
}
