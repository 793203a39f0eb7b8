package org.claimcheck.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class WordNetLexiconConcurrencyTest {

    // Words asked for the first time from several threads at once, so the uncached path runs concurrently.
    private static final List<String> WORDS = List.of("pilots", "voters", "hostages", "bridges", "factories",
            "missiles", "villages", "ambulances", "shelters", "prisoners", "journalists", "tractors");

    @Test
    void concurrentFirstLookupsAgreeWithSequentialOnes() throws Exception {
        // given
        WordNetLexicon lexicon = WordNetLexicon.standard();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> describe(lexicon));
        }

        // when
        List<String> answers = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(tasks)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(answers).containsOnly(describe(lexicon));
    }

    private static String describe(WordNetLexicon lexicon) {
        StringBuilder text = new StringBuilder();
        for (String word : WORDS) {
            text.append(lexicon.lemma(word)).append(lexicon.hypernyms(word, 12))
                    .append(lexicon.sameKind(word, "people")).append(lexicon.isA(word, "person")).append('\n');
        }
        return text.toString();
    }
}
