package org.claimcheck.extract.quantity;

import java.util.List;
import org.claimcheck.extract.quantity.Lexicon.Cue;
import org.claimcheck.facts.NumberClass;
import org.claimcheck.facts.Unit;

/**
 * Decides from the neighbouring tokens whether a number is not an amount but a label, and which: a date, a
 * clock time, an age, a phone number or code, an identifier ("Flight 812", "G7", "COVID-19", a house
 * number), a rank ("21st"), a score or a compound adjective ("24-hour", "five-storey").
 *
 * <p>Each check looks a bounded number of tokens around the number, except the chain checks, which
 * consume the whole chain so that the caller can skip it in one step and stay linear.
 */
final class ContextChecks {

    /**
     * A number read as a label: its class and the index just past its last token, suffix included ("21st",
     * "72-year-old", "020-555-0143").
     */
    record Label(NumberClass numberClass, int end) {
    }

    /** How many words before two dashed numbers may say they are a score: "beat the visiting side 2-0". */
    private static final int SCORE_REACH = 4;

    private final Lexicon lexicon;
    private final NumberWords numberWords;

    ContextChecks(Lexicon lexicon, NumberWords numberWords) {
        this.lexicon = lexicon;
        this.numberWords = numberWords;
    }

    /**
     * Returns the chain of numbers starting at token {@code number} when it is a code, a time or a date
     * rather than an amount, else null.
     *
     * <p>Codes: a leading zero or a "+" (phone numbers, "0700-2-3131", "+44 20 7946 0958"), three or more
     * numbers joined by hyphens or dots ("020-555-0143", "2.1.3"); clock times: two joined by ":" ("3:15");
     * dates: numbers joined by "/" ("3/4/2021").
     */
    Label codeChain(List<QuantityToken> t, int number) {
        QuantityToken first = t.get(number);
        if (!first.isNumeral()) {
            return null;
        }
        boolean plus = number > 0 && t.get(number - 1).is("+") && t.get(number - 1).touches(first);
        if (first.leadingZero() || plus) {
            int end = phoneEnd(t, number);
            if (first.leadingZero() || numeralsIn(t, number, end) >= 3) {
                return new Label(NumberClass.CODE, end);
            }
        }
        int k = number;
        int groups = 1;
        boolean dashesOnly = true;
        QuantityToken separator = null;
        while (k + 2 < t.size() && isChainSeparator(t.get(k + 1)) && t.get(k).touches(t.get(k + 1))
                && t.get(k + 1).touches(t.get(k + 2)) && t.get(k + 2).isNumeral()) {
            dashesOnly &= t.get(k + 1).isDash();
            separator = separator == null ? t.get(k + 1) : separator;
            groups++;
            k += 2;
        }
        if (groups < 2 || groups == 2 && dashesOnly) {
            return null;
        }
        NumberClass kind = separator.is(":") ? NumberClass.TIME : separator.is("/") ? NumberClass.DATE : NumberClass.CODE;
        return new Label(kind, k + 1);
    }

    /**
     * Returns the label the words before the phrase starting at {@code start} make of its first number
     * ("aged 72", "June 30", "G7", "Flight 447", "Boeing 737"), or null when they leave it an amount.
     */
    NumberClass classBefore(List<QuantityToken> t, int start, Amount first, boolean qualified) {
        if (lexicon.cues.endingAt(t, start).filter(c -> c == Cue.AGE_BEFORE).isPresent()) {
            return NumberClass.AGE;
        }
        if (first.dayLike() && lexicon.cues.endingAt(t, start).filter(c -> c == Cue.MONTH).isPresent()) {
            return NumberClass.DATE;
        }
        if (nameGlued(t, first.number())) {
            return NumberClass.IDENTIFIER;
        }
        if (!first.bareInteger() || qualified || start == 0) {
            return null;
        }
        if (lexicon.cues.endingAt(t, start).filter(c -> c == Cue.IDENTIFIER).isPresent()) {
            return NumberClass.IDENTIFIER;
        }
        QuantityToken before = t.get(start - 1);
        // A capitalised word inside a sentence right before bare digits is a name with a number in it:
        // "Boeing 737", "Via Garibaldi 42". Possessives ("Spain's 50 provinces") are excepted.
        return before.capitalized() && !sentenceStart(t, start - 1)
                && !before.lower().endsWith("'s") && !before.lower().endsWith("’s") ? NumberClass.IDENTIFIER : null;
    }

    /**
     * Returns the label what follows the phrase's last number makes of the phrase ("21st", "1990s", "5G",
     * "24-hour", "10 pm", "five years old", "30 June", "118 Main Street"), or null when it leaves it an
     * amount.
     */
    Label classAfter(List<QuantityToken> t, Amount last) {
        int end = last.end();
        if (end >= t.size()) {
            return null;
        }
        QuantityToken next = t.get(end);
        QuantityToken previous = t.get(end - 1);
        if (previous.touches(next) && next.isWord()) {
            // Letters glued on: a rank ("21st"), a decade ("1990s"), a name ("5G")
            NumberClass kind = lexicon.ordinalSuffixes.contains(next.lower()) ? NumberClass.ORDINAL
                    : last.yearLike() && lexicon.cues.longestAt(t, end).filter(c -> c.value() == Cue.DECADE).isPresent()
                    ? NumberClass.DATE : NumberClass.IDENTIFIER;
            return new Label(kind, end + 1);
        }
        if (previous.touches(next) && next.isDash()) {
            // A hyphen: an age ("72-year-old"), else a compound adjective ("24-hour", "five-storey", "12- to 15-")
            return lexicon.cues.longestAt(t, end).filter(c -> c.value() == Cue.AGE_COMPOUND)
                    .map(c -> new Label(NumberClass.AGE, c.end()))
                    .orElseGet(() -> new Label(NumberClass.ATTRIBUTE, end));
        }
        Cue cue = lexicon.cues.longestAt(t, end).map(PhraseTable.Match::value).orElse(null);
        if (cue == Cue.TIME && (last.unit() == null)) {
            return new Label(NumberClass.TIME, lexicon.cues.longestAt(t, end).get().end());
        }
        if (cue == Cue.AGE_AFTER && last.unit() != null && last.unit().unit() == Unit.DURATION) {
            return new Label(NumberClass.AGE, lexicon.cues.longestAt(t, end).get().end());
        }
        if (cue == Cue.MONTH && last.dayLike()) {
            return new Label(NumberClass.DATE, end + 1);
        }
        return last.bareInteger() && isAddress(t, end) ? new Label(NumberClass.IDENTIFIER, end) : null;
    }

    /**
     * Returns where to resume when what follows the number leaves it unreadable, so that no phrase is
     * reported, else -1: a group of digits typed with a plain space ("30 000": the figure is not "30", and
     * guessing the join is unsafe), or a fraction or ordinal word ("two thirds" without a group after it,
     * "one third"), which is skipped with the number so that it is not read as a rank of its own.
     */
    int unreadableEnd(List<QuantityToken> t, Amount last) {
        int end = last.end();
        if (end >= t.size()) {
            return -1;
        }
        QuantityToken next = t.get(end);
        if (next.isNumeral() && next.leadingZero()) {
            return end;
        }
        if (numberWords.isOrdinal(next)) {
            return end + 1;
        }
        return next.is("and") && end + 1 < t.size() && numberWords.isOrdinal(t.get(end + 1)) ? end + 2 : -1;
    }

    /**
     * Returns whether two dashed numbers from {@code start} to {@code end} are a score: a score word right
     * after them ("a 2-0 win"), or one of the few words before them with no word after ("won 3-1.", "beat the
     * visitors 1-2,"); "won 20-30 seats" is a range of seats.
     */
    boolean scoreAround(List<QuantityToken> t, int start, int end) {
        if (lexicon.cues.longestAt(t, end).filter(c -> c.value() == Cue.SCORE).isPresent()) {
            return true;
        }
        if (end < t.size() && t.get(end).isWord()) {
            return false;
        }
        for (int k = Math.max(0, start - SCORE_REACH); k < start; k++) {
            if (lexicon.cues.longestAt(t, k).filter(c -> c.value() == Cue.SCORE).isPresent()) {
                return true;
            }
        }
        return false;
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
        // a full stop or dash after the last digits ends the sentence or the clause, not the number
        while (k > number && !t.get(k).isNumeral() && !t.get(k).is(")")) {
            k--;
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
