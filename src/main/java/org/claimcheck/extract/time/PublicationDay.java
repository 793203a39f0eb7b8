package org.claimcheck.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimcheck.extract.AnnotatedDocument;
import org.claimcheck.extract.text.Token;
import org.claimcheck.extract.text.Tokenizer;
import org.claimcheck.facts.Days;
import org.claimcheck.input.Span;

/**
 * The day an article was published, and the days its time expressions name resolved against it: "on Sunday"
 * in an article of Monday 8 March 2021 is 2021-03-07, "yesterday" the day before publication, "Feb. 22"
 * that date in the publication year.
 *
 * <p>The publication day comes from the article's {@code published} metadata (ISO 8601, as JSON and HTML
 * give it), else from a dateline: a full date (day, month and year) among the first words of the text, as
 * scraped articles and wire copy begin ("3 March 2021 …", "Tue 9 Jun 2020 …", "Date of publication 14
 * May 2019 …"). A dateline dates the article, not an event, so {@link TimeExpressionFinder} reads no
 * day in it. Without a publication day, days stay as written and only equal wording matches.
 *
 * @param published the publication day, when known
 * @param dateline the dateline's span, when the day came from one
 */
public record PublicationDay(Optional<LocalDate> published, Optional<Span> dateline) {

    /** How many words into the text a dateline may start ("Date of publication 14 May 2019"). */
    private static final int DATELINE_REACH = 8;
    /** How many tokens the longest written date takes ("Mar. 3, 2021"). */
    private static final int LONGEST_DATE = 5;
    private static final Map<String, String> WORDS = TimeExpressionFinder.words();

    /** Returns the calendar of a tokenized document. */
    public static PublicationDay of(AnnotatedDocument document) {
        Optional<LocalDate> given = parseIso(document.article().metadata().getOrDefault("published", ""));
        Optional<PublicationDay> fromDateline = dateline(opening(document.get(Tokenizer.TOKENS)));
        if (given.isPresent()) {
            return new PublicationDay(given, fromDateline.flatMap(PublicationDay::dateline));
        }
        return fromDateline.orElse(new PublicationDay(Optional.empty(), Optional.empty()));
    }

    /**
     * Returns the day a time expression of kind {@link TimeKind#DAY} names, as an ISO date ("2021-03-07") when
     * the publication day resolves it, else its value as written ("sunday", "feb 22").
     */
    public String resolve(TimeExpression day) {
        if (published.isEmpty() || day.kind() != TimeKind.DAY) {
            return day.value();
        }
        LocalDate today = published.get();
        String value = day.value();
        String group = WORDS.getOrDefault(value, "");
        if (group.equals("WEEKDAY")) {
            return today.with(TemporalAdjusters.previousOrSame(Days.weekday(value).orElseThrow())).toString();
        }
        if (value.equals("yesterday")) {
            return today.minusDays(1).toString();
        }
        if (group.equals("RELATIVE_DAY")) {
            return today.toString();
        }
        return monthDay(value, today).map(LocalDate::toString).orElse(value);
    }

    /** "feb 22" in the publication year, or the year before when that day is still to come. */
    private static Optional<LocalDate> monthDay(String value, LocalDate today) {
        String[] parts = value.split(" ");
        Optional<Month> month = parts.length == 2 ? Days.month(parts[0]) : Optional.empty();
        if (month.isEmpty() || !parts[1].chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(today.getYear(), month.get(), Integer.parseInt(parts[1]));
            return Optional.of(date.isAfter(today) ? date.minusYears(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first words of the first sentence, as many as a dateline may reach: reading them costs the same
     * however long the article is (both FactAssembler and TimeExpressionFinder ask).
     */
    private static List<Token> opening(List<Token> tokens) {
        int end = 0;
        while (end < tokens.size() && end < DATELINE_REACH + LONGEST_DATE && tokens.get(end).sentence() == tokens.get(0).sentence()) {
            end++;
        }
        return tokens.subList(0, end);
    }

    /** A full date near the start of the first sentence: "3 March 2021", "Mar. 3, 2021", "Tue 9 Jun 2020". */
    private static Optional<PublicationDay> dateline(List<Token> first) {
        for (int i = 0; i + 2 < first.size() && i < DATELINE_REACH; i++) {
            int at = i;
            Optional<PublicationDay> found = dayMonthYear(first, at).or(() -> monthDayYear(first, at));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<PublicationDay> dayMonthYear(List<Token> s, int i) {
        return date(s, i, i + 2, s.get(i + 1), s.get(i));
    }

    private static Optional<PublicationDay> monthDayYear(List<Token> s, int i) {
        int day = s.get(i + 1).is('.') ? i + 2 : i + 1;
        int year = day + 1 < s.size() && s.get(day + 1).is(',') ? day + 2 : day + 1;
        return year < s.size() ? date(s, i, year, s.get(i), s.get(day)) : Optional.empty();
    }

    private static Optional<PublicationDay> date(List<Token> s, int first, int yearAt, Token monthWord, Token dayNumber) {
        Token year = s.get(yearAt);
        Optional<Month> month = "MONTH".equals(WORDS.get(monthWord.lower())) ? Days.month(monthWord.lower()) : Optional.empty();
        if (month.isEmpty() || !dayNumber.digits() || dayNumber.text().length() > 2 || !year.digits()
                || year.text().length() != 4) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.text()), month.get(), Integer.parseInt(dayNumber.text()));
            return Optional.of(new PublicationDay(Optional.of(date), Optional.of(s.get(first).span().union(year.span()))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> parseIso(String published) {
        if (published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
