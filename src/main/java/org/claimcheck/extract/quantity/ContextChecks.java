package org.claimcheck.extract.quantity;

import java.util.List;
import org.claimcheck.extract.quantity.Lexicon.Cue;
import org.claimcheck.facts.Unit;

/**
 * Decides from the neighbouring tokens whether a number is not a quantity at all: a year, a date, a clock
 * time, an age, a phone number, an address, an identifier ("Flight 812", "G7", "COVID-19"), an ordinal or
 * a compound adjective ("24-hour", "five-storey").
 *
 * <p>Each check looks a bounded number of tokens around the number, except the chain checks, which
 * consume the whole chain so that the caller can skip it in one step and stay linear.
 */
final class ContextChecks {

    private final Lexicon lexicon;
    private final NumberWords numberWords;

    ContextChecks(Lexicon lexicon, NumberWords numberWords) {
        this.lexicon = lexicon;
        this.numberWords = numberWords;
    }

    /**
     * Returns the index just past a chain of numbers that is a code rather than a quantity, or -1.
     *
     * <p>Codes: a leading zero or a "+" (phone numbers, "0700-2-3131", "+44 20 7946 0958"), three or more
     * numbers joined by hyphens ("020-555-0143"), two joined by ":", "/" or "." (times, dates, versions).
     */
    int codeChainEnd(List<QuantityToken> t, int number) {
        QuantityToken first = t.get(number);
        if (!first.isNumeral()) {
            return -1;
        }
        boolean plus = number > 0 && t.get(number - 1).is("+") && t.get(number - 1).touches(first);
        if (first.leadingZero() || plus) {
            int end = phoneEnd(t, number);
            if (first.leadingZero() || numeralsIn(t, number, end) >= 3) {
                return end;
            }
        }
        int k = number;
        int groups = 1;
        boolean dashesOnly = true;
        while (k + 2 < t.size() && isChainSeparator(t.get(k + 1)) && t.get(k).touches(t.get(k + 1))
                && t.get(k + 1).touches(t.get(k + 2)) && t.get(k + 2).isNumeral()) {
            dashesOnly &= t.get(k + 1).isDash();
            groups++;
            k += 2;
        }
        return groups >= 3 || (groups == 2 && !dashesOnly) ? k + 1 : -1;
    }

    /** Returns whether what precedes the phrase starting at {@code start} makes its first number a non-quantity. */
    boolean excludedBefore(List<QuantityToken> t, int start, Amount first, boolean qualified) {
        if (lexicon.cues.endingAt(t, start).filter(c -> c == Cue.AGE_BEFORE).isPresent()) {
            return true;
        }
        if (first.dayLike() && lexicon.cues.endingAt(t, start).filter(c -> c == Cue.MONTH).isPresent()) {
            return true;
        }
        if (nameGlued(t, first.number())) {
            return true;
        }
        if (!first.bareInteger() || qualified || start == 0) {
            return false;
        }
        if (lexicon.cues.endingAt(t, start).filter(c -> c == Cue.IDENTIFIER).isPresent()) {
            return true;
        }
        QuantityToken before = t.get(start - 1);
        // A capitalised word inside a sentence right before bare digits is a name with a number in it:
        // "Boeing 737", "Via Garibaldi 42". Possessives ("Spain's 50 provinces") are excepted.
        return before.capitalized() && !sentenceStart(t, start - 1)
                && !before.lower().endsWith("'s") && !before.lower().endsWith("’s");
    }

    /** Returns whether what follows the phrase's last number makes the phrase a non-quantity. */
    boolean excludedAfter(List<QuantityToken> t, Amount last) {
        int end = last.end();
        if (end >= t.size()) {
            return false;
        }
        QuantityToken next = t.get(end);
        QuantityToken previous = t.get(end - 1);
        if (previous.touches(next) && (next.isWord() || next.isDash())) {
            // Letters glued on ("21st", "1990s", "5G") or a hyphen ("24-hour", "five-storey", "12- to 15-").
            return true;
        }
        if (next.isNumeral() && next.leadingZero()) {
            // "30 000" typed with a plain space: the figure is not "30", and guessing the join is unsafe.
            return true;
        }
        if (numberWords.isOrdinal(next)
                || (next.is("and") && end + 1 < t.size() && numberWords.isOrdinal(t.get(end + 1)))) {
            return true;
        }
        Cue cue = lexicon.cues.longestAt(t, end).map(PhraseTable.Match::value).orElse(null);
        if (cue == Cue.TIME && (last.unit() == null)) {
            return true;
        }
        if (cue == Cue.AGE_AFTER && last.unit() != null && last.unit().unit() == Unit.DURATION) {
            return true;
        }
        if (cue == Cue.MONTH && last.dayLike()) {
            return true;
        }
        return last.bareInteger() && isAddress(t, end);
    }

    /** Returns whether letters are glued before the number, as in "G7", "COVID-19" and "F-16". */
    private static boolean nameGlued(List<QuantityToken> t, int number) {
        if (number == 0) {
            return false;
        }
        QuantityToken before = t.get(number - 1);
        QuantityToken here = t.get(number);
        if (before.touches(here) && before.isWord()) {
            return true;
        }
        return number >= 2 && before.isDash() && before.touches(here)
                && t.get(number - 2).isWord() && t.get(number - 2).touches(before);
    }

    /** Returns whether one to three capitalised words and a street word follow: "118 Main Street". */
    private boolean isAddress(List<QuantityToken> t, int end) {
        for (int k = end; k < Math.min(t.size(), end + 4); k++) {
            if (k > end && lexicon.cues.longestAt(t, k).filter(m -> m.value() == Cue.STREET).isPresent()) {
                return true;
            }
            if (!t.get(k).capitalized()) {
                return false;
            }
        }
        return false;
    }

    private static boolean sentenceStart(List<QuantityToken> t, int k) {
        if (k == 0) {
            return true;
        }
        String before = t.get(k - 1).text();
        return ".!?:;\"“‘'(—–-".contains(before);
    }

    private static boolean isChainSeparator(QuantityToken token) {
        return token.isDash() || token.is(":") || token.is("/") || token.is(".");
    }

    /** Returns the end of a phone-like run: numbers with at most one space, hyphen, dot or bracket between. */
    private static int phoneEnd(List<QuantityToken> t, int number) {
        int k = number;
        while (k + 1 < t.size()) {
            QuantityToken next = t.get(k + 1);
            boolean joiner = next.isNumeral() || next.isDash() || next.is(".") || next.is("(") || next.is(")");
            if (!joiner || next.start() - t.get(k).end() > 1) {
                break;
            }
            k++;
        }
        return k + 1;
    }

    private static int numeralsIn(List<QuantityToken> t, int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (t.get(k).isNumeral()) {
                count++;
            }
        }
        return count;
    }
}
