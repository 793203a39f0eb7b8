package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.claimcheck.extract.attribution.AttributionExtractor;
import org.claimcheck.extract.attribution.ResponseLinker;
import org.claimcheck.extract.place.PlaceExtractor;
import org.claimcheck.extract.quantity.QuantityExtractor;
import org.claimcheck.extract.quantity.QuantityMention;
import org.claimcheck.extract.text.SentenceSpan;
import org.claimcheck.extract.text.SentenceSplitter;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Article;
import org.claimcheck.input.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the standard pipeline over seeded random texts. */
class PipelinePropertyTest {

    private static final List<String> NEWS_WORDS = List.of(
            "said", "says", "told", "according", "to", "denied", "rejected", "the", "claim", "could", "not",
            "confirm", "be", "independently", "verified", "did", "deny", "that", "reportedly", "a", "spokeswoman",
            "spokesman", "for", "ministry", "agency", "union", "police", "rebels", "army", "Ruiz", "Ana", "Haddad",
            "Lt.", "Col.", "Dr.", "Sept.", "he", "she", "they", "we", "it", "who", "which", "of", "whom", "them",
            "alone", "rose", "up", "from", "if", "unless", "new", "cases", "people", "killed", "injured", "homeless",
            "left", "turnout", "at", "put", "in", "Leeds", "Bihar", "province", "city", "region", "Norway", "Chile",
            "nationwide", "across", "country", "Brazilian", "troops", "tolls", "budget", "voters", "strikers",
            "workers", "laid", "off", "court", "bail", "outbreak", "at least", "more than", "up to", "about",
            "between", "and", "some", "dozens", "hundreds", "thousands", "million", "billion", "percent", "$",
            "€", "%", "0", "7", "40", "2019", "2024", "12,000", "3.5", "1,2", "first", "phase", "a day", "per");
    private static final List<String> MARKS = List.of(
            ".", ",", ";", ":", "?", "!", "\"", "“", "”", "‘", "’", "'", "(", ")", "-", "–", "—", "/", "…",
            " ", " ", " ", " ", "\n", "\n\n", "\t");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void arbitraryUnicodeNeverThrows(long seed) {
        String text = randomUnicode(new Random(seed), 300);

        assertThatCode(() -> annotate(text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void newsLikeTextNeverThrows(long seed) {
        String text = randomNews(new Random(seed), 120);

        assertThatCode(() -> annotate(text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everySpanInEveryLayerLiesInsideTheText(long seed) {
        String raw = seed % 2 == 0 ? randomNews(new Random(seed), 120) : randomUnicode(new Random(seed), 300);
        AnnotatedDocument document = annotate(raw);

        List<Span> spans = allSpans(document);

        Span whole = new Span(0, document.text().length());
        assertThat(spans).allSatisfy(span -> assertThat(whole.contains(span)).as("%s inside %s", span, whole).isTrue());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void quantityLowNeverExceedsHigh(long seed) {
        AnnotatedDocument document = annotate(randomNews(new Random(seed), 150));

        List<QuantityMention> quantities = document.get(QuantityExtractor.QUANTITIES);

        assertThat(quantities).allSatisfy(q -> assertThat(q.number().low())
                .as("bounds of '%s'", document.text(q.number().span())).isLessThanOrEqualTo(q.number().high()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sentencesAreInOrderAndDoNotOverlap(long seed) {
        AnnotatedDocument document = annotate(randomNews(new Random(seed), 150));

        List<SentenceSpan> sentences = document.get(SentenceSplitter.SENTENCES);

        for (int i = 0; i < sentences.size(); i++) {
            assertThat(sentences.get(i).index()).isEqualTo(i);
            assertThat(sentences.get(i).span().length()).isPositive();
            if (i > 0) {
                assertThat(sentences.get(i).span().start()).isGreaterThanOrEqualTo(sentences.get(i - 1).span().end());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void tokensAreInOrderAndDoNotOverlap(long seed) {
        AnnotatedDocument document = annotate(randomNews(new Random(seed), 150));

        List<Token> tokens = document.get(Tokenizer.TOKENS);

        for (int i = 0; i < tokens.size(); i++) {
            assertThat(tokens.get(i).index()).isEqualTo(i);
            assertThat(document.text(tokens.get(i).span())).isEqualTo(tokens.get(i).text());
            if (i > 0) {
                assertThat(tokens.get(i).span().start()).isGreaterThanOrEqualTo(tokens.get(i - 1).span().end());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyRecordLiesInsideTheSentenceItNames(long seed) {
        AnnotatedDocument document = annotate(randomNews(new Random(seed), 150));

        List<SentenceSpan> sentences = document.get(SentenceSplitter.SENTENCES);

        assertThat(document.get(Tokenizer.TOKENS)).allSatisfy(
                t -> assertThat(sentences.get(t.sentence()).span().contains(t.span())).isTrue());
        assertThat(document.get(AttributionExtractor.ATTRIBUTIONS)).allSatisfy(
                a -> assertThat(sentences.get(a.sentence()).span().contains(a.claimSpan())).isTrue());
        assertThat(document.get(QuantityExtractor.QUANTITIES)).allSatisfy(
                q -> assertThat(sentences.get(q.sentence()).span().contains(q.number().span())).isTrue());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void responsesAndPartitivesPointAtExistingRecords(long seed) {
        AnnotatedDocument document = annotate(randomNews(new Random(seed), 150));

        int attributions = document.get(AttributionExtractor.ATTRIBUTIONS).size();
        int quantities = document.get(QuantityExtractor.QUANTITIES).size();

        assertThat(document.get(ResponseLinker.RESPONSES)).allSatisfy(r -> {
            assertThat(r.attribution()).isBetween(0, attributions - 1);
            assertThat(r.target()).isBetween(0, attributions - 1).isNotEqualTo(r.attribution());
        });
        assertThat(document.get(QuantityExtractor.QUANTITIES)).allSatisfy(
                q -> assertThat(q.partOf()).isBetween(-1, quantities - 1).isNotEqualTo(q.index()));
    }

    private static AnnotatedDocument annotate(String raw) {
        return Pipeline.standard().run(Article.of("random", "test", raw));
    }

    private static List<Span> allSpans(AnnotatedDocument document) {
        List<Span> spans = new ArrayList<>();
        add(spans, document.get(SentenceSplitter.SENTENCES), s -> List.of(s.span()));
        add(spans, document.get(Tokenizer.TOKENS), t -> List.of(t.span()));
        add(spans, document.get(PlaceExtractor.PLACES), p -> List.of(p.span()));
        add(spans, document.get(AttributionExtractor.ATTRIBUTIONS),
                a -> List.of(a.cue(), a.speaker(), a.speakerDetail(), a.content()));
        add(spans, document.get(QuantityExtractor.QUANTITIES),
                q -> List.of(q.number().span(), q.thingSpan(), q.clause()));
        return spans;
    }

    private static <T> void add(List<Span> spans, List<T> records, Function<T, List<Span>> spansOf) {
        for (T record : records) {
            spans.addAll(spansOf.apply(record));
        }
    }

    private static String randomNews(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            int roll = random.nextInt(10);
            if (roll < 6) {
                String word = NEWS_WORDS.get(random.nextInt(NEWS_WORDS.size()));
                text.append(random.nextInt(8) == 0 ? capitalize(word) : word).append(' ');
            } else if (roll < 8) {
                text.append(MARKS.get(random.nextInt(MARKS.size())));
            } else if (roll < 9) {
                text.append(random.nextInt(random.nextBoolean() ? 100 : 1_000_000)).append(' ');
            } else {
                text.append(random.nextBoolean() ? ". " : ", ");
            }
        }
        return text.toString();
    }

    private static String randomUnicode(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(Character.MAX_CODE_POINT + 1);
            boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
            if (Character.isDefined(codePoint) && !surrogate) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
