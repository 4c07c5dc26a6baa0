package br.com.regua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One account's business days: not a weekend, not a national holiday, not one of the account's
 * own holidays.
 */
public final class BusinessCalendar {

    private final Predicate<LocalDate> accountHoliday;

    private BusinessCalendar(Predicate<LocalDate> accountHoliday) {
        this.accountHoliday = accountHoliday;
    }

    public static BusinessCalendar national() {
        return new BusinessCalendar(date -> false);
    }

    public static BusinessCalendar withHolidays(Set<LocalDate> accountHolidays) {
        return new BusinessCalendar(accountHolidays::contains);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !NationalHolidays.isHoliday(date)
                && !accountHoliday.test(date);
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
