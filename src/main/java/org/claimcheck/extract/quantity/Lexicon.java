package org.claimcheck.extract.quantity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.facts.Unit;

/**
 * The word lists of the quantity grammar, read once from the resource files beside this class.
 *
 * <p>Every list is a text file whose header comment gives its format; lines are fields separated by
 * {@code |}. A missing or malformed file is a packaging bug and fails class initialization, naming the file
 * and line.
 */
final class Lexicon {

    /** How a qualifier changes the interval a number allows; see {@code quantity-qualifiers.txt}. */
    enum QualifierKind {
        APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, BETWEEN, FROM, FEW, PARTITIVE, TO, AND, OR
    }

    /** A qualifier; the factors matter only for {@link QualifierKind#FEW}. */
    record Qualifier(QualifierKind kind, double lowFactor, double highFactor) {
    }

    /** A unit or currency word; {@code attachedOnly} when it counts only written against the digits. */
    record UnitWord(Unit unit, String name, boolean attachedOnly) {
    }

    /** A scale word after digits ("million", "bn"). */
    record Scale(BigDecimal factor, boolean attachedOnly) {
    }

    /** A vague plural and the smallest count it stands for. */
    record Vague(double low, boolean needsOf) {
    }

    /** What a context word says about the number next to it; see {@code quantity-context-cues.txt}. */
    enum Cue { IDENTIFIER, STREET, TIME, AGE_BEFORE, AGE_AFTER, AGE_COMPOUND, DECADE, SCORE, MONTH }

    private static final Lexicon ENGLISH = new Lexicon();

    final PhraseTable<Qualifier> qualifiersBefore;
    final PhraseTable<Qualifier> qualifiersAfter;
    final PhraseTable<Qualifier> connectors;
    final PhraseTable<UnitWord> unitsBefore;
    final PhraseTable<UnitWord> unitsAfter;
    final PhraseTable<Scale> scales;
    final PhraseTable<Vague> vague;
    /** Fraction words and their denominators ("thirds" → 3). */
    final PhraseTable<Integer> fractions;
    final PhraseTable<Cue> cues;
    /** Letters written against digits that make a rank ("21st"); see {@code quantity-ordinals.txt}. */
    final Set<String> ordinalSuffixes;
    /** Words that may stand before each rank of a range of ranks ("between the tenth and the fifteenth"). */
    final Set<String> rankDeterminers;

    private Lexicon() {
        Map<String, Qualifier> before = new LinkedHashMap<>();
        Map<String, Qualifier> after = new LinkedHashMap<>();
        Map<String, Qualifier> between = new LinkedHashMap<>();
        for (String[] row : rows("quantity-qualifiers.txt", 3)) {
            double low = row.length > 3 ? Double.parseDouble(row[3]) : 1;
            double high = row.length > 4 ? Double.parseDouble(row[4]) : 1;
            Qualifier q = new Qualifier(QualifierKind.valueOf(row[2]), low, high);
            switch (row[1]) {
                case "before" -> before.put(row[0], q);
                case "after" -> after.put(row[0], q);
                case "between" -> between.put(row[0], q);
                default -> throw new IllegalStateException(
                        "quantity-qualifiers.txt: position must be before, after or between, was " + row[1]);
            }
        }
        qualifiersBefore = PhraseTable.of(before);
        qualifiersAfter = PhraseTable.of(after);
        connectors = PhraseTable.of(between);

        Map<String, UnitWord> unitBefore = new LinkedHashMap<>();
        Map<String, UnitWord> unitAfter = new LinkedHashMap<>();
        for (String[] row : rows("quantity-currencies.txt", 3)) {
            UnitWord money = new UnitWord(Unit.MONEY, row[2], false);
            if (!row[1].equals("after")) {
                unitBefore.put(row[0], money);
            }
            if (!row[1].equals("before")) {
                unitAfter.put(row[0], money);
            }
        }
        for (String[] row : rows("quantity-units.txt", 5)) {
            UnitWord unit = new UnitWord(Unit.valueOf(row[1]), row[2], row[4].equals("attached"));
            (row[3].equals("before") ? unitBefore : unitAfter).put(row[0], unit);
        }
        unitsBefore = PhraseTable.of(unitBefore);
        unitsAfter = PhraseTable.of(unitAfter);

        Map<String, Scale> scaleWords = new LinkedHashMap<>();
        for (String[] row : rows("quantity-scales.txt", 3)) {
            scaleWords.put(row[0], new Scale(new BigDecimal(row[1]), row[2].equals("attached")));
        }
        scales = PhraseTable.of(scaleWords);

        Map<String, Vague> plurals = new LinkedHashMap<>();
        for (String[] row : rows("quantity-vague.txt", 3)) {
            plurals.put(row[0], new Vague(Double.parseDouble(row[1]), row[2].equals("yes")));
        }
        vague = PhraseTable.of(plurals);

        Map<String, Integer> fractionWords = new LinkedHashMap<>();
        for (String[] row : rows("quantity-fractions.txt", 2)) {
            fractionWords.put(row[0], Integer.parseInt(row[1]));
        }
        fractions = PhraseTable.of(fractionWords);

        Map<String, Cue> cueWords = new LinkedHashMap<>();
        for (String[] row : rows("quantity-context-cues.txt", 2)) {
            cueWords.put(row[0], Cue.valueOf(row[1]));
        }
        for (String[] row : rows("quantity-months.txt", 1)) {
            cueWords.put(row[0], Cue.MONTH);
        }
        cues = PhraseTable.of(cueWords);

        Set<String> suffixes = new HashSet<>();
        Set<String> determiners = new HashSet<>();
        for (String[] row : rows("quantity-ordinals.txt", 2)) {
            switch (row[1]) {
                case "SUFFIX" -> suffixes.add(row[0]);
                case "DETERMINER" -> determiners.add(row[0]);
                case "WORD" -> {
                    // ordinal words are NumberWords' business
                }
                default -> throw new IllegalStateException(
                        "quantity-ordinals.txt: kind must be WORD, SUFFIX or DETERMINER, was " + row[1]);
            }
        }
        ordinalSuffixes = Set.copyOf(suffixes);
        rankDeterminers = Set.copyOf(determiners);
    }

    /** Returns the English lexicon, loaded on first use. */
    static Lexicon english() {
        return ENGLISH;
    }

    /**
     * Reads the data lines of a word list: comments ({@code #} first) and blank lines skipped, fields split on
     * {@code |} and trimmed.
     *
     * @throws IllegalStateException when the file is missing or a line has fewer than {@code minFields} fields
     */
    static List<String[]> rows(String resource, int minFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list " + resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                for (int f = 0; f < fields.length; f++) {
                    fields[f] = fields[f].trim();
                }
                if (fields.length < minFields) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + minFields
                            + " fields separated by '|', was '" + line + "'");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
        return List.copyOf(rows);
    }
}
