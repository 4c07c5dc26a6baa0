package br.com.regua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.national();

    /** São Paulo (city and state): 25 January and 9 July every year, plus a one-off day in 2027. */
    private final BusinessCalendar saoPaulo = BusinessCalendar.withHolidays(
            Set.of(LocalDate.of(2027, 3, 15)), Set.of(MonthDay.of(1, 25), MonthDay.of(7, 9)));

    @ParameterizedTest(name = "due {0} → effective {1} ({2})")
    @CsvSource({
        "2021-02-20, 2021-02-22, Saturday (seed 002's example) moves to Monday",
        "2021-02-21, 2021-02-22, Sunday moves to Monday",
        "2021-02-19, 2021-02-19, a Friday business day stays",
        "2026-11-20, 2026-11-23, 20 November on a Friday moves past the weekend",
        "2026-02-16, 2026-02-18, Carnival Monday moves to Ash Wednesday",
        "2026-02-17, 2026-02-18, Carnival Tuesday moves to Ash Wednesday",
        "2026-04-03, 2026-04-06, Good Friday moves to Monday",
        "2026-12-25, 2026-12-28, Christmas on a Friday moves to Monday",
        "2027-01-01, 2027-01-04, New Year on a Friday moves to Monday",
        "2026-06-04, 2026-06-05, Corpus Christi moves to Friday",
    })
    void effective_due_date_is_the_next_business_day(LocalDate due, LocalDate effective, String why) {
        assertThat(calendar.effectiveDueDate(due)).as(why).isEqualTo(effective);
    }

    @ParameterizedTest(name = "due {0} → effective {1} ({2})")
    @CsvSource({
        "2027-01-25, 2027-01-26, a yearly holiday on a Monday moves to Tuesday",
        "2030-01-25, 2030-01-28, the same yearly holiday on a Friday moves past the weekend",
        "2029-01-25, 2029-01-26, it holds in a year long after the one it was entered with",
        "2026-07-09, 2026-07-10, the state holiday on a Thursday moves to Friday",
        "2027-07-09, 2027-07-12, the state holiday on a Friday moves to Monday",
        "2027-03-15, 2027-03-16, a one-off holiday moves to the next day",
        "2028-03-15, 2028-03-15, a one-off holiday does not come back the next year",
        "2026-01-24, 2026-01-26, a yearly holiday on a Sunday changes nothing",
        "2027-01-22, 2027-01-22, the business day before a holiday stays",
        "2026-03-02, 2026-03-02, an ordinary Monday stays",
    })
    void account_holidays_move_the_effective_due_date(LocalDate due, LocalDate effective, String why) {
        assertThat(saoPaulo.effectiveDueDate(due)).as(why).isEqualTo(effective);
    }

    @Test
    void previous_business_day_skips_weekends_and_holidays() {
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void previous_business_day_skips_account_holidays_too() {
        assertThat(saoPaulo.onOrBefore(LocalDate.of(2026, 7, 9))).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(saoPaulo.onOrBefore(LocalDate.of(2027, 1, 25))).isEqualTo(LocalDate.of(2027, 1, 22));
        assertThat(calendar.onOrBefore(LocalDate.of(2027, 1, 25))).isEqualTo(LocalDate.of(2027, 1, 25));
    }

    @Test
    void an_account_holiday_is_not_a_business_day_but_stays_one_for_other_accounts() {
        LocalDate municipal = LocalDate.of(2027, 1, 25); // a Monday in 2027
        assertThat(saoPaulo.isBusinessDay(municipal)).isFalse();
        assertThat(saoPaulo.isAccountHoliday(municipal)).isTrue();
        assertThat(calendar.isBusinessDay(municipal)).isTrue();
        assertThat(calendar.isAccountHoliday(municipal)).isFalse();
    }

    @Test
    void a_national_holiday_is_not_an_account_holiday() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        assertThat(saoPaulo.isBusinessDay(christmas)).isFalse();
        assertThat(saoPaulo.isAccountHoliday(christmas)).isFalse();
    }

    @Test
    void a_yearly_29_february_holiday_only_exists_in_leap_years() {
        BusinessCalendar leap = BusinessCalendar.withHolidays(Set.of(), Set.of(MonthDay.of(2, 29)));
        assertThat(leap.isBusinessDay(LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(leap.isBusinessDay(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(leap.isBusinessDay(LocalDate.of(2027, 2, 26))).isTrue();
    }

    @Test
    void an_account_holiday_after_carnival_makes_a_longer_bridge() {
        BusinessCalendar ashWednesdayOff = BusinessCalendar.withHolidays(Set.of(LocalDate.of(2026, 2, 18)), Set.of());
        assertThat(ashWednesdayOff.effectiveDueDate(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 19));
        assertThat(ashWednesdayOff.onOrBefore(LocalDate.of(2026, 2, 18))).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void a_yearly_31_december_holiday_carries_over_into_the_next_year() {
        BusinessCalendar lastDayOff = BusinessCalendar.withHolidays(Set.of(), Set.of(MonthDay.of(12, 31)));
        // 31 Dec 2027 is a Friday, 1 Jan 2028 a Saturday.
        assertThat(lastDayOff.effectiveDueDate(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(lastDayOff.onOrBefore(LocalDate.of(2028, 1, 2))).isEqualTo(LocalDate.of(2027, 12, 30));
        assertThat(calendar.onOrBefore(LocalDate.of(2028, 1, 2))).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void two_weeks_of_one_off_holidays_are_skipped_as_one_stretch() {
        Set<LocalDate> stretch = new HashSet<>();
        for (LocalDate d = LocalDate.of(2027, 8, 2); d.isBefore(LocalDate.of(2027, 8, 14)); d = d.plusDays(1)) {
            stretch.add(d);
        }
        BusinessCalendar closed = BusinessCalendar.withHolidays(stretch, Set.of());
        assertThat(closed.onOrAfter(LocalDate.of(2027, 8, 2))).isEqualTo(LocalDate.of(2027, 8, 16));
        assertThat(closed.onOrBefore(LocalDate.of(2027, 8, 13))).isEqualTo(LocalDate.of(2027, 7, 30));
    }

    @Test
    void the_calendar_keeps_its_own_copy_of_the_holidays() {
        Set<LocalDate> dates = new HashSet<>(Set.of(LocalDate.of(2027, 3, 15)));
        BusinessCalendar copy = BusinessCalendar.withHolidays(dates, Set.of());
        dates.clear();
        assertThat(copy.isBusinessDay(LocalDate.of(2027, 3, 15))).isFalse();
    }
}
