package br.com.regua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalHolidaysTest {

    @ParameterizedTest(name = "{0}: Easter {1}")
    @CsvSource({
        "2024, 2024-03-31, 2024-02-12, 2024-02-13, 2024-03-29, 2024-05-30",
        "2025, 2025-04-20, 2025-03-03, 2025-03-04, 2025-04-18, 2025-06-19",
        "2026, 2026-04-05, 2026-02-16, 2026-02-17, 2026-04-03, 2026-06-04",
        "2027, 2027-03-28, 2027-02-08, 2027-02-09, 2027-03-26, 2027-05-27",
        "2028, 2028-04-16, 2028-02-28, 2028-02-29, 2028-04-14, 2028-06-15",
        "2029, 2029-04-01, 2029-02-12, 2029-02-13, 2029-03-30, 2029-05-31",
        "2030, 2030-04-21, 2030-03-04, 2030-03-05, 2030-04-19, 2030-06-20",
    })
    void moveable_holidays_follow_easter(
            int year,
            LocalDate easter,
            LocalDate carnivalMonday,
            LocalDate carnivalTuesday,
            LocalDate goodFriday,
            LocalDate corpusChristi) {
        assertThat(NationalHolidays.easterSunday(year)).isEqualTo(easter);
        Map<LocalDate, String> holidays = NationalHolidays.of(year);
        assertThat(holidays).containsKeys(carnivalMonday, carnivalTuesday, goodFriday, corpusChristi);
        assertThat(holidays).doesNotContainKey(carnivalTuesday.plusDays(1)); // Ash Wednesday: banks open at noon
        assertThat(holidays).hasSize(13);
    }

    @ParameterizedTest
    @CsvSource({"2024", "2025", "2026", "2027", "2028", "2029", "2030"})
    void fixed_holidays_of_every_year(int year) {
        assertThat(NationalHolidays.of(year))
                .containsKeys(
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 4, 21),
                        LocalDate.of(year, 5, 1),
                        LocalDate.of(year, 9, 7),
                        LocalDate.of(year, 10, 12),
                        LocalDate.of(year, 11, 2),
                        LocalDate.of(year, 11, 15),
                        LocalDate.of(year, 11, 20),
                        LocalDate.of(year, 12, 25));
    }

    @Test
    void black_consciousness_day_is_national_only_from_2024() {
        assertThat(NationalHolidays.isHoliday(LocalDate.of(2023, 11, 20))).isFalse();
        assertThat(NationalHolidays.isHoliday(LocalDate.of(2024, 11, 20))).isTrue();
    }
}
