package br.com.regua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * One account's business days: not a weekend, not a national holiday, not one of the account's
 * own holidays (a one-off date, or a month-day that recurs every year). Pure and immutable: build
 * it once per account and ask it as often as needed.
 */
public final class BusinessCalendar {

    private static final BusinessCalendar NATIONAL = new BusinessCalendar(Set.of(), Set.of());

    private final Set<LocalDate> dates;
    private final Set<MonthDay> everyYear;

    private BusinessCalendar(Set<LocalDate> dates, Set<MonthDay> everyYear) {
        this.dates = Set.copyOf(dates);
        this.everyYear = Set.copyOf(everyYear);
    }

    /** Weekends and national holidays only. */
    public static BusinessCalendar national() {
        return NATIONAL;
    }

    /**
     * National holidays plus the account's own: {@code dates} happen once, {@code everyYear}
     * recur on their month-day (a 29 February one only in leap years).
     */
    public static BusinessCalendar withHolidays(Set<LocalDate> dates, Set<MonthDay> everyYear) {
        return new BusinessCalendar(dates, everyYear);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !NationalHolidays.isHoliday(date)
                && !isAccountHoliday(date);
    }

    /** Whether the account declared this date a holiday (national holidays aside). */
    public boolean isAccountHoliday(LocalDate date) {
        return dates.contains(date) || (!everyYear.isEmpty() && everyYear.contains(MonthDay.from(date)));
    }

    /** The date itself when it is a business day, else the first business day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) d = d.plusDays(1);
        return d;
    }

    /** The date itself when it is a business day, else the last business day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) d = d.minusDays(1);
        return d;
    }

    /**
     * Lei 7.089/83: a charge due on a weekend or holiday may be paid on the next business day
     * without penalty, so it is overdue only after that day.
     */
    public LocalDate effectiveDueDate(LocalDate dueDate) {
        return onOrAfter(dueDate);
    }
}
