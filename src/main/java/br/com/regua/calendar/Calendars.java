package br.com.regua.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The business calendar of each account and how its notices follow it. */
@Service
public class Calendars {

    private final JdbcClient jdbc;
    private final AccountHolidays holidays;

    Calendars(JdbcClient jdbc, AccountHolidays holidays) {
        this.jdbc = jdbc;
        this.holidays = holidays;
    }

    /**
     * The account's business days: weekends, national holidays and the account's own holidays
     * (read once here; keep the calendar for a whole run rather than calling this per charge).
     */
    public BusinessCalendar of(UUID accountId) {
        Set<LocalDate> dates = new HashSet<>();
        Set<MonthDay> everyYear = new HashSet<>();
        for (Holiday h : holidays.all(accountId)) {
            if (h.yearly()) everyYear.add(MonthDay.from(h.date()));
            else dates.add(h.date());
        }
        return BusinessCalendar.withHolidays(dates, everyYear);
    }

    /** The account's choice between business days (the default) and exact dates. */
    public CalendarPolicy policy(UUID accountId) {
        return jdbc.sql("SELECT policy FROM calendar_settings WHERE account_id = ?")
                .param(accountId)
                .query(String.class)
                .optional()
                .map(CalendarPolicy::valueOf)
                .orElse(CalendarPolicy.BUSINESS_DAYS);
    }

    void setPolicy(UUID accountId, CalendarPolicy policy) {
        jdbc.sql("""
                INSERT INTO calendar_settings (account_id, policy) VALUES (?, ?)
                ON CONFLICT (account_id) DO UPDATE SET policy = EXCLUDED.policy""").params(accountId, policy.name()).update();
    }
}
