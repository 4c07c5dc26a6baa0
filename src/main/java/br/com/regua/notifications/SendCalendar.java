package br.com.regua.notifications;

import br.com.regua.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * The account's send calendar over a range of days, as three parallel date arrays for the
 * planner's SQL: each day, the business day on or before it (where BEFORE_DUE and ON_DUE notices
 * move) and the one on or after it (where AFTER_DUE and overdue notices move). With the EXACT
 * policy every day maps to itself; {@code ranks}, the ordinal of that business day on or after.
 * {@code maxShift} is the longest such move in the range, which
 * bounds the due-date ranges the planner scans.
 */
record SendCalendar(String days, String onOrBefore, String onOrAfter, String ranks, int maxShift) {

    /** Rules reach at most this many days from the due date (product.md §3.1: 0–365). */
    static final int MAX_RULE_DAYS = 365;

    static SendCalendar covering(BusinessCalendar calendar, boolean exact, LocalDate first, LocalDate last) {
        // Even with EXACT the effective due date moves by business days (it is the law, not a
        // policy), so the bound on how far a send date can drift keeps the calendar's gaps.
        int maxShift = longestGap(calendar, first.minusDays(30), last.plusDays(30));
        LocalDate start = first.minusDays(MAX_RULE_DAYS + 2L * maxShift + 2);
        LocalDate end = last.plusDays(MAX_RULE_DAYS + 2L * maxShift + 2);
        StringJoiner days = new StringJoiner(",", "{", "}");
        StringJoiner before = new StringJoiner(",", "{", "}");
        StringJoiner after = new StringJoiner(",", "{", "}");
        StringJoiner ranks = new StringJoiner(",", "{", "}");
        // rank: the ordinal of the business day on or after each day, so that "n business days after"
        // is a join on rank + n (the clearing grace); with EXACT every day is a business day.
        java.util.List<LocalDate> afters = new java.util.ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            LocalDate onOrAfter = exact ? d : calendar.onOrAfter(d);
            days.add(d.toString());
            before.add((exact ? d : calendar.onOrBefore(d)).toString());
            after.add(onOrAfter.toString());
            afters.add(onOrAfter);
        }
        int rank = 0;
        LocalDate previous = null;
        for (LocalDate onOrAfter : afters) {
            if (!onOrAfter.equals(previous)) {
                rank++;
                previous = onOrAfter;
            }
            ranks.add(Integer.toString(rank));
        }
        return new SendCalendar(days.toString(), before.toString(), after.toString(), ranks.toString(), maxShift);
    }

    private static int longestGap(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        int longest = 0;
        int run = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            run = calendar.isBusinessDay(d) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest + 1;
    }
}
