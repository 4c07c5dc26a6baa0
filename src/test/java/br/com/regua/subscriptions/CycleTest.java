package br.com.regua.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CycleTest {

    @Test
    void a_monthly_31st_falls_on_the_last_day_of_short_months_and_back_on_the_31st() {
        assertThat(dues(Cycle.MONTHLY, "2027-01-31", 4))
                .containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"), d("2027-04-30"));
        assertThat(dues(Cycle.MONTHLY, "2028-01-31", 3))
                .as("leap year")
                .containsExactly(d("2028-01-31"), d("2028-02-29"), d("2028-03-31"));
    }

    @Test
    void a_monthly_30th_falls_on_28_february_and_back_on_the_30th() {
        assertThat(dues(Cycle.MONTHLY, "2027-01-30", 3))
                .containsExactly(d("2027-01-30"), d("2027-02-28"), d("2027-03-30"));
    }

    @Test
    void a_yearly_29_february_falls_on_28_february_until_the_next_leap_year() {
        assertThat(dues(Cycle.YEARLY, "2028-02-29", 5))
                .containsExactly(d("2028-02-29"), d("2029-02-28"), d("2030-02-28"), d("2031-02-28"), d("2032-02-29"));
    }

    @Test
    void each_cycle_moves_its_number_of_months_from_the_anchor() {
        assertThat(Cycle.BIMONTHLY.dueDate(d("2027-12-31"), 1)).isEqualTo(d("2028-02-29"));
        assertThat(Cycle.QUARTERLY.dueDate(d("2027-11-30"), 1)).isEqualTo(d("2028-02-29"));
        assertThat(Cycle.SEMIANNUAL.dueDate(d("2027-08-31"), 1)).isEqualTo(d("2028-02-29"));
        assertThat(Cycle.SEMIANNUAL.dueDate(d("2027-08-31"), 2)).isEqualTo(d("2028-08-31"));
        assertThat(Cycle.BIENNIAL.dueDate(d("2028-02-29"), 1)).isEqualTo(d("2030-02-28"));
        assertThat(Cycle.BIENNIAL.dueDate(d("2028-02-29"), 2)).isEqualTo(d("2032-02-29"));
    }

    private static List<LocalDate> dues(Cycle cycle, String anchor, int n) {
        return IntStream.range(0, n).mapToObj(k -> cycle.dueDate(d(anchor), k)).toList();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }
}
