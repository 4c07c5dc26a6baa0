package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatchUpWindowTest {

    static final LocalDate MARCH_5 = LocalDate.of(2021, 3, 5);

    static LocalDate from(LocalDate date, int catchUpDays, LocalDate lastCompletedRun) {
        return CatchUpWindow.from(date, catchUpDays, Optional.ofNullable(lastCompletedRun));
    }

    @Test
    void a_routine_that_never_completed_a_run_covers_only_the_date_itself() {
        assertThat(from(MARCH_5, 7, null)).isEqualTo(MARCH_5);
    }

    @Test
    void after_yesterdays_run_the_window_is_the_date_itself() {
        assertThat(from(MARCH_5, 7, MARCH_5.minusDays(1))).isEqualTo(MARCH_5);
    }

    @Test
    void after_a_run_three_days_ago_the_window_covers_the_two_missed_days() {
        assertThat(from(MARCH_5, 7, LocalDate.of(2021, 3, 2))).isEqualTo(LocalDate.of(2021, 3, 3));
    }

    @Test
    void after_a_run_thirty_days_ago_the_window_is_bounded_by_the_catch_up_days() {
        assertThat(from(MARCH_5, 7, MARCH_5.minusDays(30))).isEqualTo(LocalDate.of(2021, 2, 27));
    }

    @Test
    void the_catch_up_days_count_the_date_itself() {
        assertThat(from(MARCH_5, 7, MARCH_5.minusDays(7))).isEqualTo(MARCH_5.minusDays(6));
        assertThat(from(MARCH_5, 7, MARCH_5.minusDays(8))).isEqualTo(MARCH_5.minusDays(6));
        assertThat(from(MARCH_5, 7, MARCH_5.minusDays(6))).isEqualTo(MARCH_5.minusDays(5));
    }

    @Test
    void one_catch_up_day_never_looks_back() {
        assertThat(from(MARCH_5, 1, MARCH_5.minusDays(3))).isEqualTo(MARCH_5);
    }

    @Test
    void sixty_catch_up_days_reach_back_two_months() {
        assertThat(from(MARCH_5, 60, LocalDate.of(2020, 12, 1))).isEqualTo(LocalDate.of(2021, 1, 5));
    }

    @Test
    void a_holiday_skipped_by_the_routine_is_covered_by_the_next_days_run() {
        // Tiradentes, 21 April 2021, a Wednesday: the routine ran on the 20th and runs again on the 22nd.
        assertThat(from(LocalDate.of(2021, 4, 22), 7, LocalDate.of(2021, 4, 20)))
                .isEqualTo(LocalDate.of(2021, 4, 21));
    }

    @Test
    void a_long_weekend_is_covered_on_the_next_business_day() {
        // Carnival 2021: Friday 12 February, then Monday 15 and Tuesday 16 are holidays.
        assertThat(from(LocalDate.of(2021, 2, 17), 7, LocalDate.of(2021, 2, 12)))
                .isEqualTo(LocalDate.of(2021, 2, 13));
    }

    @Test
    void the_window_crosses_a_year_boundary() {
        assertThat(from(LocalDate.of(2021, 1, 2), 7, LocalDate.of(2020, 12, 30)))
                .isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void a_last_run_on_or_after_the_date_leaves_the_date_itself() {
        assertThat(from(MARCH_5, 7, MARCH_5)).isEqualTo(MARCH_5);
        assertThat(from(MARCH_5, 7, MARCH_5.plusDays(3))).isEqualTo(MARCH_5);
    }

    @Test
    void catch_up_days_below_one_are_refused() {
        assertThatThrownBy(() -> from(MARCH_5, 0, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
