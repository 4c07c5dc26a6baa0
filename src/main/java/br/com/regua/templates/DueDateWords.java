package br.com.regua.templates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a notice names its charge's due date, seen from the day it is sent: {@code dueToday},
 * {@code daysUntilDue} and {@code dueWhen}. A before-due or on-due notice whose nominal date falls
 * on a weekend or holiday goes out on the previous business day (product.md §3.4), so a layout
 * may say "vence hoje" only when these words say so — the day the message is built, in the
 * account's time zone, not the day the rule names.
 */
public final class DueDateWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DueDateWords() {}

    /** The three variables for a charge due on {@code dueDate}, told on {@code today}. */
    public static Map<String, String> of(LocalDate dueDate, LocalDate today) {
        Map<String, String> words = new LinkedHashMap<>();
        if (dueDate == null || today == null) {
            words.put(Variable.DUE_TODAY.key(), "");
            words.put(Variable.DAYS_UNTIL_DUE.key(), "");
            words.put(Variable.DUE_WHEN.key(), "");
            return words;
        }
        long days = ChronoUnit.DAYS.between(today, dueDate);
        words.put(Variable.DUE_TODAY.key(), days == 0 ? "sim" : "");
        words.put(Variable.DAYS_UNTIL_DUE.key(), Long.toString(days));
        words.put(Variable.DUE_WHEN.key(), when(dueDate, days));
        return words;
    }

    /** "hoje, 20/02/2021", "amanhã, …", "no domingo, …" within the coming week, else "em …". */
    static String when(LocalDate dueDate, long daysFromToday) {
        String date = DATE.format(dueDate);
        if (daysFromToday == 0) return "hoje, " + date;
        if (daysFromToday == 1) return "amanhã, " + date;
        // A weekday name is only unambiguous within the next six days; past dates are just dates.
        if (daysFromToday > 1 && daysFromToday < 7) return weekday(dueDate.getDayOfWeek()) + ", " + date;
        return "em " + date;
    }

    private static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "na segunda-feira";
            case TUESDAY -> "na terça-feira";
            case WEDNESDAY -> "na quarta-feira";
            case THURSDAY -> "na quinta-feira";
            case FRIDAY -> "na sexta-feira";
            case SATURDAY -> "no sábado";
            case SUNDAY -> "no domingo";
        };
    }
}
