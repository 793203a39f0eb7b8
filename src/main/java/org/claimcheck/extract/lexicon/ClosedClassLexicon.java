package org.claimcheck.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed-class English words (determiners, pronouns, auxiliaries, prepositions, conjunctions…) and their
 * {@link WordClass}es, read once from {@code closed-class.tsv} beside this class; the file's header gives
 * its format.
 *
 * <p>Besides whole words the file lists clitics our tokenizer leaves on their host ("-'s", "-n't"): a word
 * not listed whole that ends in a clitic has the clitic's classes and those of its host, so "didn't" is
 * {@link WordClass#NEGATION}, {@link WordClass#DO} and {@link WordClass#PAST}, and "ministry's" is
 * {@link WordClass#POSSESSIVE}.
 *
 * <p>Immutable and thread-safe. Lookups take a lower-case word and never throw for any non-null string;
 * {@link #is} and {@link #host} do not allocate for a whole-word entry. A missing or malformed file is a
 * packaging bug and fails {@link #standard()} with the line at fault.
 */
public final class ClosedClassLexicon {

    private static final String RESOURCE = "closed-class.tsv";
    private static final String CLITIC = "-";

    private final Map<String, Entry> words;
    private final List<Clitic> clitics;

    private ClosedClassLexicon(Map<String, Entry> words, List<Clitic> clitics) {
        this.words = Map.copyOf(words);
        this.clitics = List.copyOf(clitics);
    }

    /**
     * Returns the bundled English lexicon, read on first use.
     *
     * @throws IllegalStateException when {@code closed-class.tsv} is missing or a line is malformed
     */
    public static ClosedClassLexicon standard() {
        return Holder.INSTANCE;
    }

    /**
     * Tells whether a word belongs to a class, through a clitic if it has one.
     *
     * @param lowerWord a lower-case word
     * @param wordClass the class asked about
     * @return false for a word the lexicon does not list
     */
    public boolean is(String lowerWord, WordClass wordClass) {
        Entry entry = words.get(lowerWord);
        if (entry != null) {
            return entry.classes().contains(wordClass);
        }
        Clitic clitic = cliticOf(lowerWord);
        if (clitic == null) {
            return false;
        }
        if (clitic.classes().contains(wordClass)) {
            return true;
        }
        Entry host = words.get(lowerWord.substring(0, lowerWord.length() - clitic.suffix().length()));
        return host != null && host.classes().contains(wordClass);
    }

    /**
     * Returns every class of a word: its own, or its clitic's and its host's.
     *
     * @param lowerWord a lower-case word
     * @return a new set, empty for a word the lexicon does not list
     */
    public EnumSet<WordClass> classes(String lowerWord) {
        EnumSet<WordClass> classes = EnumSet.noneOf(WordClass.class);
        Entry entry = words.get(lowerWord);
        if (entry != null) {
            classes.addAll(entry.classes());
            return classes;
        }
        Clitic clitic = cliticOf(lowerWord);
        if (clitic != null) {
            classes.addAll(clitic.classes());
            Entry host = words.get(lowerWord.substring(0, lowerWord.length() - clitic.suffix().length()));
            if (host != null) {
                classes.addAll(host.classes());
            }
        }
        return classes;
    }

    /** Tells whether the lexicon lists the word whole or it ends in a listed clitic. */
    public boolean contains(String lowerWord) {
        return words.containsKey(lowerWord) || cliticOf(lowerWord) != null;
    }

    /**
     * Returns the word without a trailing clitic: "ministry's" → "ministry", "didn't" → "did"; a whole-word
     * entry ("it's", "cannot") and a word without a clitic are returned as they are.
     */
    public String host(String lowerWord) {
        if (words.containsKey(lowerWord)) {
            return lowerWord;
        }
        Clitic clitic = cliticOf(lowerWord);
        return clitic == null ? lowerWord : lowerWord.substring(0, lowerWord.length() - clitic.suffix().length());
    }

    /**
     * Returns the base form the lexicon gives a word: its third column ("was" → "be"), or that of its host
     * ("didn't" → "do"), or the listed word itself.
     *
     * @return empty for a word the lexicon does not list, whole or through its host
     */
    public Optional<String> baseForm(String lowerWord) {
        String host = host(lowerWord);
        Entry entry = words.get(host);
        return entry == null ? Optional.empty() : Optional.of(entry.base().isEmpty() ? host : entry.base());
    }

    private Clitic cliticOf(String lowerWord) {
        for (Clitic clitic : clitics) {
            if (lowerWord.length() > clitic.suffix().length() && lowerWord.endsWith(clitic.suffix())) {
                return clitic;
            }
        }
        return null;
    }

    /** What the file says about one whole word; {@code base} is empty when the word is its own base. */
    private record Entry(Set<WordClass> classes, String base) {
    }

    /** A clitic suffix ("'s") and its classes. */
    private record Clitic(String suffix, Set<WordClass> classes) {
    }

    private static final class Holder {

        static final ClosedClassLexicon INSTANCE = load();

        private static ClosedClassLexicon load() {
            Map<String, EnumSet<WordClass>> classes = new HashMap<>();
            Map<String, String> bases = new HashMap<>();
            try (InputStream in = ClosedClassLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource org/claimcheck/extract/lexicon/" + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    parse(line, number, classes, bases);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
            }
            Map<String, Entry> words = new HashMap<>();
            List<Clitic> clitics = new ArrayList<>();
            classes.forEach((word, set) -> {
                if (word.startsWith(CLITIC)) {
                    clitics.add(new Clitic(word.substring(CLITIC.length()), Set.copyOf(set)));
                } else {
                    words.put(word, new Entry(Set.copyOf(set), bases.getOrDefault(word, "")));
                }
            });
            // longest clitic first, so "-n't" is tried before a shorter clitic it ends with
            clitics.sort((a, b) -> Integer.compare(b.suffix().length(), a.suffix().length()));
            return new ClosedClassLexicon(words, clitics);
        }

        private static void parse(String line, int number, Map<String, EnumSet<WordClass>> classes,
                Map<String, String> bases) {
            String[] fields = line.split("\t");
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected 'word<TAB>CLASS[,CLASS][<TAB>base]',"
                        + " got '" + line + "'");
            }
            String word = fields[0].strip();
            EnumSet<WordClass> set = classes.computeIfAbsent(word, w -> EnumSet.noneOf(WordClass.class));
            for (String name : fields[1].split(",")) {
                try {
                    set.add(WordClass.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": unknown class '" + name.strip()
                            + "'; expected one of " + EnumSet.allOf(WordClass.class), e);
                }
            }
            if (fields.length == 3 && !fields[2].isBlank()) {
                bases.put(word, fields[2].strip());
            }
        }
    }
}
