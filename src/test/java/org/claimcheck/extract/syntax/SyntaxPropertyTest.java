package org.claimcheck.extract.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of every syntax stage over seeded random texts: arbitrary Unicode and shuffled news words. */
class SyntaxPropertyTest {

    private static final List<String> WORDS = List.of(
            "the", "a", "an", "his", "their", "its", "some", "all", "that", "which", "who", "whom", "whose", "and",
            "but", "or", "because", "although", "if", "whether", "when", "to", "of", "for", "in", "on", "at", "by",
            "according", "at least", "more than", "up to", "not", "never", "n't", "cannot", "didn't", "won't",
            "can", "could", "will", "would", "must", "is", "was", "were", "been", "being", "has", "had", "have",
            "did", "does", "said", "says", "told", "denied", "confirmed", "rumoured", "killing", "arrested", "rose",
            "verified", "independently", "also", "still", "toll", "workers", "rescue", "ministry's", "spokesman",
            "Observatory", "Human", "Rights", "Aleppo", "Monday", "Ruiz", "Ana", "he", "she", "they", "it", "we",
            "people", "members", "family", "report", "reports", "dam", "burst", "false", "six", "40", "19",
            "100,000", "3.5", "peer-reviewed", "counter-protesters", "Dr.", "%", "$");
    private static final List<String> MARKS = List.of(".", ",", ",", ";", ":", "?", "!", "\"", "“", "”", "‘", "’",
            "'", "(", ")", "-", "—", "…", " ", " ", " ", "\n", "\n\n");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void arbitraryUnicodeNeverThrows(long seed) {
        String text = randomUnicode(new Random(seed), 400);

        assertThatCode(() -> Syntax.of(Syntaxes.parsed(text))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tokenSoupNeverThrows(long seed) {
        String text = randomSoup(new Random(seed), 200);

        assertThatCode(() -> Syntax.of(Syntaxes.parsed(text))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void spansLieInsideTheTextAndDoNotCrossWithinALayer(long seed) {
        AnnotatedDocument document = parsed(seed);

        Span whole = new Span(0, document.text().length());

        assertDisjointInside(document.get(PartOfSpeechTagger.TAGGED), TaggedWord::span, whole);
        assertDisjointInside(document.get(NounPhraseChunker.NOUN_PHRASES), NounPhrase::span, whole);
        assertDisjointInside(document.get(VerbGroupChunker.VERB_GROUPS), VerbGroup::span, whole);
        assertDisjointInside(document.get(PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES), PrepositionalPhrase::span,
                whole);
        List<Clause> clauses = document.get(ClauseSegmenter.CLAUSES);
        for (Clause a : clauses) {
            assertThat(whole.contains(a.span())).isTrue();
            for (Clause b : clauses) {
                boolean nested = a.span().contains(b.span()) || b.span().contains(a.span());
                assertThat(nested || !a.span().overlaps(b.span())).as("%s and %s cross", a, b).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void headsLieBetweenFirstAndLastAndReferencesPointIntoTheirLayers(long seed) {
        AnnotatedDocument document = parsed(seed);

        List<NounPhrase> nps = document.get(NounPhraseChunker.NOUN_PHRASES);
        List<VerbGroup> vgs = document.get(VerbGroupChunker.VERB_GROUPS);
        int tokens = document.get(Tokenizer.TOKENS).size();

        assertThat(nps).allSatisfy(np -> assertThat(np.first() <= np.head() && np.head() <= np.last()
                && np.last() < tokens).isTrue());
        assertThat(vgs).allSatisfy(vg -> assertThat(vg.first() <= vg.head() && vg.head() <= vg.last()
                && vg.last() < tokens).isTrue());
        assertThat(document.get(PrepositionalPhraseChunker.PREPOSITIONAL_PHRASES)).allSatisfy(pp -> {
            assertThat(pp.object()).isLessThan(nps.size());
            assertThat(pp.attachedTo()).isLessThan(pp.attachment() == Attachment.VERB ? vgs.size() : nps.size());
        });
        List<Clause> clauses = document.get(ClauseSegmenter.CLAUSES);
        assertThat(clauses).allSatisfy(c -> {
            assertThat(c.verbGroup()).isLessThan(vgs.size());
            assertThat(c.subject()).isLessThan(nps.size());
            if (c.parent() >= 0) {
                assertThat(clauses.get(c.parent()).span().contains(c.span())).isTrue();
            }
        });
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTokenOfASentenceHasAnInnermostClause(long seed) {
        AnnotatedDocument document = parsed(seed);
        Syntax syntax = Syntax.of(document);

        int tokens = document.get(Tokenizer.TOKENS).size();

        for (int t = 0; t < tokens; t++) {
            Clause clause = syntax.clauseAt(t).orElseThrow();
            assertThat(clause.covers(t)).isTrue();
        }
    }

    private static AnnotatedDocument parsed(long seed) {
        Random random = new Random(seed);
        return Syntaxes.parsed(seed % 3 == 0 ? randomUnicode(random, 400) : randomSoup(random, 200));
    }

    private static <T> void assertDisjointInside(List<T> records, Function<T, Span> span, Span whole) {
        for (int i = 0; i < records.size(); i++) {
            Span s = span.apply(records.get(i));
            assertThat(whole.contains(s)).as("%s inside %s", s, whole).isTrue();
            if (i > 0) {
                assertThat(s.start()).as("%s after %s", s, span.apply(records.get(i - 1)))
                        .isGreaterThanOrEqualTo(span.apply(records.get(i - 1)).end());
            }
        }
    }

    private static String randomSoup(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(4) == 0) {
                text.append(MARKS.get(random.nextInt(MARKS.size())));
            } else {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                text.append(random.nextInt(6) == 0 ? capitalize(word) : word);
            }
            text.append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                text.appendCodePoint(' ' + random.nextInt(95));
            } else if (kind < 5) {
                text.append(MARKS.get(random.nextInt(MARKS.size())));
            } else if (kind < 7) {
                text.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                int cp = random.nextInt(0x2FFFF);
                if (Character.isValidCodePoint(cp) && !Character.isSurrogate((char) cp) || cp > 0xFFFF) {
                    text.appendCodePoint(cp);
                }
            }
        }
        return text.toString();
    }
}
