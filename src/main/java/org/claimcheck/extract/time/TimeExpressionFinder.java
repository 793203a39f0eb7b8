package org.claimcheck.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.Layer;
import org.claimcheck.extract.Stage;
import org.claimcheck.extract.lexicon.Vocabulary;
import org.claimcheck.extract.lexicon.WordList;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.TokenWindows;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.input.Span;

/**
 * Finds the time expressions a figure can be scoped by: days ("on Sunday", "yesterday", "March 3"),
 * stretches up to now ("this week", "in the past 24 hours") and cumulative scopes ("since 2011").
 *
 * <p>A small grammar over the words of {@code time/time-words.txt}, one left-to-right pass per sentence.
 * Years alone are not read here: the quantity stage reads the year a figure is for. Days are resolved
 * against the publication day when it is known ({@link PublicationDay}), so "on Sunday" and "Feb. 22" of
 * one article can be one day; a dateline dates the article, not what it tells, and gives no expression.
 */
public final class TimeExpressionFinder implements Stage {

    /** The time-expression layer, in text order. */
    public static final Layer<TimeExpression> TIMES = new Layer<>("times", TimeExpression.class);

    private static final Map<String, String> WORDS = WordList.loadGroups("time/time-words.txt");
    private static final int LAST_DAY_OF_MONTH = 31;
    /** How many words after "since" may name its starting point ("since the start of the war"). */
    private static final int SINCE_REACH = 4;

    /** The words of {@code time/time-words.txt} by group ("sunday" → WEEKDAY), for {@link PublicationDay}. */
    static Map<String, String> words() {
        return WORDS;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Tokenizer.TOKENS);
    }

    @Override
    public Layer<?> provides() {
        return TIMES;
    }

    @Override
    public void annotate(AnnotatedDocument document) {
        PublicationDay calendar = PublicationDay.of(document);
        List<TimeExpression> found = new ArrayList<>();
        for (List<Token> sentence : TokenWindows.bySentence(document)) {
            int i = 0;
            while (i < sentence.size()) {
                Span at = sentence.get(i).span();
                int next = calendar.dateline().filter(d -> d.overlaps(at)).isPresent() ? i : readAt(sentence, i, found);
                i = next > i ? next : i + 1;
            }
        }
        document.put(TIMES, found.stream().map(t -> t.kind() == TimeKind.DAY
                ? new TimeExpression(t.index(), t.sentence(), t.span(), t.kind(), calendar.resolve(t)) : t).toList());
    }

    /** Reads one expression starting at token {@code i}; returns the index after it, or {@code i} when none. */
    private static int readAt(List<Token> s, int i, List<TimeExpression> sink) {
        Token t = s.get(i);
        String group = groupOf(t);
        switch (group) {
            case "WEEKDAY":
                return emit(s, i, withDayPart(s, i), TimeKind.DAY, t.lower(), sink);
            case "RELATIVE_DAY":
                return emit(s, i, i, TimeKind.DAY, t.lower(), sink);
            case "MONTH":
                return date(s, i, sink);
            case "DEICTIC":
                return stretch(s, i, sink);
            case "SINCE":
                return since(s, i, sink);
            case "WHOLE_SPAN":
                // "the war has killed…", "Syria's five-year conflict": a determiner or modifier before it
                // makes it the event itself, not a word in a compound ("war crimes" stays out)
                return i > 0 && (s.get(i - 1).word() || s.get(i - 1).digits()) && !(i + 1 < s.size() && s.get(i + 1).word()
                        && !Vocabulary.isFunctionWord(s.get(i + 1)) && !s.get(i + 1).lower().endsWith("ed"))
                        ? emit(s, i, i, TimeKind.SINCE, "since the " + t.lower(), sink) : i;
            case "OVER":
                return overYears(s, i, sink);
            case "SO_FAR":
                return i > 0 && (s.get(i - 1).lower().equals("so") && t.lower().equals("far")
                        || s.get(i - 1).lower().equals("to") && t.lower().equals("date"))
                        ? emit(s, i - 1, i, TimeKind.SINCE, "to date", sink) : i;
            default:
                if (t.lower().contains("-") && "WHOLE_SPAN".equals(WORDS.get(t.lower().substring(0, t.lower().indexOf('-'))))) {
                    // "the war-torn country", "war-battered": the figure's scope is the war
                    return emit(s, i, i, TimeKind.SINCE, "since the " + t.lower().substring(0, t.lower().indexOf('-')), sink);
                }
                if (t.digits() && i + 1 < s.size() && isMonth(s.get(i + 1)) && dayNumber(t)) {
                    return emit(s, i, i + 1, TimeKind.DAY, monthKey(s.get(i + 1)) + " " + t.text(), sink);
                }
                return i;
        }
    }

    private static int withDayPart(List<Token> s, int i) {
        return i + 1 < s.size() && groupOf(s.get(i + 1)).equals("DAY_PART") ? i + 1 : i;
    }

    /** "March 3", "Feb. 22": a capitalised month and a day number; a month alone is no day. */
    private static int date(List<Token> s, int i, List<TimeExpression> sink) {
        if (!isMonth(s.get(i))) {
            return i;
        }
        int k = i + 1 < s.size() && s.get(i + 1).is('.') ? i + 2 : i + 1;
        if (k < s.size() && dayNumber(s.get(k))) {
            return emit(s, i, k, TimeKind.DAY, monthKey(s.get(i)) + " " + s.get(k).text(), sink);
        }
        return i;
    }

    /**
     * "this week", "last month", "the past 24 hours", "previous days"; "last night" is yesterday. A deictic
     * not followed by a unit ("last year's", "this is") is left alone unless a number and unit follow.
     */
    private static int stretch(List<Token> s, int i, List<TimeExpression> sink) {
        String deictic = s.get(i).lower();
        int k = i + 1;
        if (k < s.size() && groupOf(s.get(k)).equals("DAY_PART") && deictic.equals("last")) {
            return emit(s, i, k, TimeKind.DAY, "yesterday", sink);
        }
        String number = "";
        if (k < s.size() && s.get(k).digits()) {
            number = s.get(k).text() + " ";
            k++;
        }
        if (k < s.size() && groupOf(s.get(k)).equals("UNIT") || k < s.size() && isPossessiveUnit(s.get(k))) {
            return emit(s, i, k, TimeKind.STRETCH, deictic + " " + number
                    + singular(Vocabulary.withoutPossessive(s.get(k).lower()), number), sink);
        }
        return i;
    }

    /** "since 2011", "since March", "since the war began": the first content word names the start. */
    private static int since(List<Token> s, int i, List<TimeExpression> sink) {
        for (int k = i + 1; k < Math.min(s.size(), i + 1 + SINCE_REACH); k++) {
            Token t = s.get(k);
            if (!t.word() && !t.digits()) {
                return i;
            }
            if (t.digits() || t.word() && t.text().length() > 3) {
                return emit(s, i, k, TimeKind.SINCE, "since " + (isMonth(t) ? monthKey(t) : t.lower()), sink);
            }
        }
        return i;
    }

    /**
     * "in five years", "over the past decade", "during the last two years": a span of years up to now,
     * whose toll is a running total like "since 2011". Up to three words between the preposition and the unit.
     */
    private static int overYears(List<Token> s, int i, List<TimeExpression> sink) {
        for (int k = i + 1; k < Math.min(s.size(), i + 5); k++) {
            if (groupOf(s.get(k)).equals("YEARS")) {
                return emit(s, i, k, TimeKind.SINCE, "since years ago", sink);
            }
            if (!s.get(k).word() && !s.get(k).digits()) {
                return i;
            }
        }
        return i;
    }

    /** "this week's floods": a unit with the possessive clitic. */
    private static boolean isPossessiveUnit(Token t) {
        String w = Vocabulary.withoutPossessive(t.lower());
        return !w.equals(t.lower()) && "UNIT".equals(WORDS.get(w));
    }

    private static int emit(List<Token> s, int first, int last, TimeKind kind, String value,
            List<TimeExpression> sink) {
        Span span = s.get(first).span().union(s.get(last).span());
        sink.add(new TimeExpression(sink.size(), s.get(first).sentence(), span, kind, value));
        return last + 1;
    }

    private static String groupOf(Token t) {
        String group = WORDS.getOrDefault(t.lower(), "");
        // A month name is a month only when written as a name: "may" and "march" are verbs too.
        return group.equals("MONTH") && !t.capitalized() ? "" : group;
    }

    private static boolean isMonth(Token t) {
        return groupOf(t).equals("MONTH");
    }

    /** A month reduced to its first three letters, so "Feb." and "February" are one month. */
    private static String monthKey(Token t) {
        return t.lower().substring(0, 3);
    }

    private static boolean dayNumber(Token t) {
        if (!t.digits() || t.text().length() > 2) {
            return false;
        }
        int day = Integer.parseInt(t.text());
        return day >= 1 && day <= LAST_DAY_OF_MONTH;
    }

    /** "the past 24 hours" keeps its plural; "this week" and "previous weeks" read as one unit. */
    private static String singular(String unit, String number) {
        return number.isEmpty() && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }
}
