package org.claimcheck.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Days as facts give them ({@link Quantity#day()}, {@link Event#day()}): an ISO date when the publication day
 * resolved the text ("2021-03-07"), else the words as written ("sunday", "mar 7", "yesterday").
 */
public final class Days {

    private Days() {
    }

    /**
     * Returns whether two days may be one: either is unknown (empty), they are equal, or one is a date and the
     * other a day named without a publication day that fits it: its weekday ("sunday" and 2021-03-07), its
     * month and day ("mar 7"), or a day counted from an unknown today ("yesterday"). Two different dates, or
     * two different names, are two days.
     */
    public static boolean mayBeOne(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        Optional<LocalDate> first = date(a);
        Optional<LocalDate> second = date(b);
        if (first.isPresent() == second.isPresent()) {
            return false;
        }
        LocalDate date = first.or(() -> second).orElseThrow();
        String named = first.isPresent() ? b : a;
        Optional<DayOfWeek> weekday = weekday(named);
        if (weekday.isPresent()) {
            return date.getDayOfWeek() == weekday.get();
        }
        String[] parts = named.split(" ");
        Optional<Month> month = parts.length == 2 ? month(parts[0]) : Optional.empty();
        return month.isEmpty() || date.getMonth() == month.get() && parts[1].equals(String.valueOf(date.getDayOfMonth()));
    }

    /** Returns the month a name or its first three letters give ("feb", "sept", "February"), if any. */
    public static Optional<Month> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            // "sept" and "feb" are abbreviations; a longer word must be the name or its beginning
            if (name.startsWith(lower.length() > 4 ? lower : lower.substring(0, 3))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Returns the weekday a lower-case name gives ("sunday"), if any. */
    public static Optional<DayOfWeek> weekday(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day) {
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
