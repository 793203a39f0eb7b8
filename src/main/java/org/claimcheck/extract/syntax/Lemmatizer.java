package org.claimcheck.extract.syntax;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.data.POS;
import org.claimcheck.extract.lexicon.ClosedClassLexicon;
import org.claimcheck.extract.lexicon.WordNetLexicon;

/**
 * Gives a tagged token its lemma: closed-class words from the lexicon's base-form column ("was" → "be",
 * "didn't" → "do") without asking WordNet; nouns, verbs, adjectives and adverbs from WordNet's morphology
 * read as the tag says ("said" → "say", "casualties" → "casualty"); everything else, names and numbers
 * included, is its lower-cased self. A clitic the tokenizer left on ("ministry's") is dropped first.
 *
 * <p>WordNet's answers, including "not known", are cached here per tag and word, up to
 * {@value #CACHE_LIMIT} entries (past that each new word asks WordNet again, 0.2–100 µs), so names and typos
 * cost one WordNet lookup each rather than one per occurrence. Thread-safe.
 */
final class Lemmatizer {

    private static final int CACHE_LIMIT = 100_000;

    private final ClosedClassLexicon lexicon;
    private final WordNetLexicon wordNet;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Lemmatizer(ClosedClassLexicon lexicon, WordNetLexicon wordNet) {
        this.lexicon = lexicon;
        this.wordNet = wordNet;
    }

    /** Returns the lower-case lemma of a token read with the given tag. */
    String lemma(String word, PartOfSpeech tag) {
        String lower = word.toLowerCase(Locale.ROOT);
        Optional<String> listed = lexicon.baseForm(lower);
        if (listed.isPresent()) {
            return listed.get();
        }
        String host = lexicon.host(lower);
        POS pos = wordClassOf(tag);
        if (pos == null) {
            return host;
        }
        String key = tag.ordinal() + host;
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String lemma = wordNet.baseForm(host, pos);
        if (cache.size() < CACHE_LIMIT) {
            cache.putIfAbsent(key, lemma);
        }
        return lemma;
    }

    /** Returns WordNet's word class for an open-class tag, or null for a tag WordNet has no words of. */
    private static POS wordClassOf(PartOfSpeech tag) {
        return switch (tag) {
            case NOUN -> POS.NOUN;
            case VERB, AUX -> POS.VERB;
            case ADJ -> POS.ADJECTIVE;
            case ADV -> POS.ADVERB;
            default -> null;
        };
    }
}
