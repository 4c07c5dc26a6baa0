package br.com.regua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar calendar = BusinessCalendar.national();

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

    @Test
    void previous_business_day_skips_weekends_and_holidays() {
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 2, 17))).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(calendar.onOrBefore(LocalDate.of(2026, 11, 24))).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void an_account_holiday_is_not_a_business_day() {
        LocalDate anniversary = LocalDate.of(2026, 1, 25); // São Paulo's anniversary, a Sunday in 2026
        LocalDate municipal = LocalDate.of(2027, 1, 25); // a Monday in 2027
        BusinessCalendar saoPaulo = BusinessCalendar.withHolidays(Set.of(anniversary, municipal));
        assertThat(saoPaulo.isBusinessDay(municipal)).isFalse();
        assertThat(saoPaulo.effectiveDueDate(municipal)).isEqualTo(LocalDate.of(2027, 1, 26));
        assertThat(calendar.isBusinessDay(municipal)).isTrue();
    }
}
