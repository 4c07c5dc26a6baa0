package br.com.regua.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Brazilian national holidays, the fixed ones and those that move with Easter (Carnival Monday
 * and Tuesday, Good Friday, Corpus Christi). Carnival and Corpus Christi are "pontos
 * facultativos" by law but banks close on them, so for payments they are holidays. Ash
 * Wednesday is not: banks open at noon.
 */
public final class NationalHolidays {

    private static final Map<MonthDay, String> FIXED = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), "Confraternização Universal"),
            Map.entry(MonthDay.of(4, 21), "Tiradentes"),
            Map.entry(MonthDay.of(5, 1), "Dia do Trabalho"),
            Map.entry(MonthDay.of(9, 7), "Independência do Brasil"),
            Map.entry(MonthDay.of(10, 12), "Nossa Senhora Aparecida"),
            Map.entry(MonthDay.of(11, 2), "Finados"),
            Map.entry(MonthDay.of(11, 15), "Proclamação da República"),
            Map.entry(MonthDay.of(12, 25), "Natal"));

    /** Lei 14.759/2023 made 20 November (Zumbi e Consciência Negra) national from 2024 on. */
    private static final int BLACK_CONSCIOUSNESS_DAY_SINCE = 2024;

    /** Business-day arithmetic asks about the same few years over and over: compute each once. */
    private static final Map<Integer, Map<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private NationalHolidays() {}

    /** The holidays of a year, by date, with their names (read-only, in date order). */
    public static Map<LocalDate, String> of(int year) {
        return BY_YEAR.computeIfAbsent(year, NationalHolidays::compute);
    }

    private static Map<LocalDate, String> compute(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        FIXED.forEach((day, name) -> holidays.put(day.atYear(year), name));
        if (year >= BLACK_CONSCIOUSNESS_DAY_SINCE) {
            holidays.put(LocalDate.of(year, 11, 20), "Dia Nacional de Zumbi e da Consciência Negra");
        }
        LocalDate easter = easterSunday(year);
        holidays.put(easter.minusDays(48), "Carnaval (segunda-feira)");
        holidays.put(easter.minusDays(47), "Carnaval (terça-feira)");
        holidays.put(easter.minusDays(2), "Sexta-feira Santa");
        holidays.put(easter.plusDays(60), "Corpus Christi");
        return Collections.unmodifiableMap(holidays);
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).containsKey(date);
    }

    /** Gregorian Easter Sunday (the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
