package org.claimcheck.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.ClosedClassLexicon;
import org.claimcheck.extract.lexicon.WordNetLexicon;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;

/**
 * Tags every token with its universal part of speech and lemma: the {@link #TAGGED} layer, one
 * {@link TaggedWord} per token, in token order.
 *
 * <p><b>Model.</b> OpenNLP's English maximum-entropy model trained on UD English-EWT
 * ({@code org.apache.opennlp:opennlp-models-pos-en:1.3.0}, 3.4 MB), fed our own tokens one sentence at a
 * time; OpenNLP's tokenizer and sentence detector are never used. Decoding is greedy (beam size 1, see
 * {@link MaxentTagger}): on 2,011 tokens of our own news-like text it agreed with the model's default beam
 * of 3 on every token. Tokens shaped unlike the training text are then corrected ({@link TagRepair}: grouped
 * numbers are NUM, a hyphenated word is never punctuation, "cannot" is AUX, "the toll rose" has a
 * verb; seven rules in all). Known weaknesses of the model: a capitalised
 * common noun opening a sentence may come out PROPN ("Farmers"), and a rare first name ADJ.
 *
 * <p><b>Lemmas</b> ({@link Lemmatizer}): closed-class words from {@code closed-class.tsv}; nouns, verbs,
 * adjectives and adverbs from WordNet's morphology as the tag says ("said" → "say", "was" → "be",
 * "denied" → "deny", "rumoured" → "rumour"); names, numbers and marks their lower-cased selves.
 *
 * <p><b>Cost</b> (JDK 17, two cores shared with other work, load average 4–5 while measuring, one thread;
 * JMH {@code SyntaxBenchmark.tagger}, {@code -wi 5 -w 5s -i 5 -r 3s}, over the benchmark article mix of 368
 * words and about 420 tokens an article): 1,555 ± 764 articles/s, 658k ± 323k tokens/s, i.e. about 0.65 ms
 * for a 400-word article, lemmas and repairs included. A scratch timing on 2,011 tokens of our own text gave,
 * warm, 35–65k tokens/s for {@code POSTaggerME} with its beam of 3, 90–120k for OpenNLP's {@code BeamSearch}
 * of size 1, 150–180k for greedy decoding through the model's own context generator, and 250–700k for this
 * decoder; all four chose the same tags. The model loads in 0.8–2.7 s on first use (the larger figure under
 * load) and keeps about 16 MB of heap; the per-word score cache adds at most about 20 MB (50,000 words), the
 * lemma cache a few MB. WordNet loads on first use too (0.4–0.75 s, 59 MB).
 *
 * <p><b>Threads.</b> Stateless after construction: the model and lexicons are shared read-only, their
 * caches are concurrent maps, and the feature generator OpenNLP needs for an unseen word is one per
 * thread. Deterministic: a token's tag depends only on its sentence.
 */
public final class PartOfSpeechTagger implements Stage {

    /** The tagged-word layer: one record per token, same order and indexes as the tokens. */
    public static final Layer<TaggedWord> TAGGED = new Layer<>("tagged", TaggedWord.class);

    private final Lemmatizer lemmatizer;
    private final ClosedClassLexicon lexicon = ClosedClassLexicon.standard();
    private final TagRepair repair;

    /**
     * Creates a tagger over the shared model, closed-class lexicon and WordNet; each loads on first use.
     */
    public PartOfSpeechTagger() {
        this.lemmatizer = new Lemmatizer(ClosedClassLexicon.standard(), WordNetLexicon.standard());
        this.repair = new TagRepair(ClosedClassLexicon.standard(), lemmatizer);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS);
    }

    @Override
    public Layer<?> provides() {
        return TAGGED;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        document.put(TAGGED, tag(document.get(Tokenizer.TOKENS)));
    }

    /**
     * Tags a list of tokens, one sentence at a time.
     *
     * @param tokens tokens in document order, as the tokenizer gives them
     * @return one tagged word per token, in the same order
     */
    public List<TaggedWord> tag(List<Token> tokens) {
        MaxentTagger model = MaxentTagger.standard();
        List<TaggedWord> tagged = new ArrayList<>(tokens.size());
        int start = 0;
        while (start < tokens.size()) {
            int end = start + 1;
            while (end < tokens.size() && tokens.get(end).sentence() == tokens.get(start).sentence()) {
                end++;
            }
            tagSentence(model, tokens.subList(start, end), tagged);
            start = end;
        }
        return tagged;
    }

    private void tagSentence(MaxentTagger model, List<Token> sentence, List<TaggedWord> out) {
        String[] words = new String[sentence.size()];
        String[] lower = new String[words.length];
        List<String> modelWords = new ArrayList<>(words.length + 4);
        int[] hostAt = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentence.get(i).text();
            lower[i] = sentence.get(i).lower();
            hostAt[i] = modelWords.size();
            int clitic = cliticStart(lower[i]);
            if (clitic > 0) {
                modelWords.add(words[i].substring(0, clitic));
                modelWords.add(words[i].substring(clitic));
            } else {
                modelWords.add(words[i]);
            }
        }
        int[] outcomes = model.tag(modelWords.toArray(String[]::new));
        PartOfSpeech[] tags = new PartOfSpeech[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = model.tagOf(outcomes[hostAt[i]]);
        }
        repair.repair(words, lower, tags);
        for (int i = 0; i < words.length; i++) {
            Token token = sentence.get(i);
            out.add(new TaggedWord(token.index(), token.span(), token.sentence(), tags[i], lemmatizer.lemma(words[i], tags[i])));
        }
    }

    /**
     * Where a clitic our tokenizer keeps on its host starts ("country's", "didn't"), or -1. The model was
     * trained on text that splits them ("country 's", "did n't"); shown the joined word it tags the word
     * after it wrongly ("the country's mountainous north": "mountainous" as a pronoun). The model sees the
     * two parts; the token takes its host's tag. The clitics are the lexicon's; a word it lists whole ("it's", "won't") is kept.
     */
    private int cliticStart(String lower) {
        int host = lexicon.host(lower).length();
        return host < lower.length() && host > 0 ? host : -1;
    }
}
