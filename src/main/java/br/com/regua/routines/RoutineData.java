package br.com.regua.routines;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/**
 * A routine as a client sends it; {@code time} is "HH:mm" or "HH:mm:ss". Absent flags default to
 * active, running on holidays, and a catch-up window of 7 days.
 */
public record RoutineData(
        @NotBlank @Size(max = 200) String name,
        @NotNull RoutineTask task,
        @NotNull LocalTime time,
        @NotEmpty List<@NotNull DayOfWeek> daysOfWeek,
        Boolean runOnHolidays,
        Boolean active,
        @Min(1) @Max(60) Integer catchUpDays) {

    public static final int DEFAULT_CATCH_UP_DAYS = 7;
}
