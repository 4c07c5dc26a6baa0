package br.com.regua.routines;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * A scheduled task ("rotina"): it runs at {@code time} in the account's time zone on the given
 * days of the week, and on holidays only when {@code runOnHolidays}. A run catches up on at most
 * {@code catchUpDays} days of send dates.
 */
public record Routine(
        UUID id,
        String name,
        RoutineTask task,
        @JsonFormat(pattern = "HH:mm:ss") LocalTime time,
        Set<DayOfWeek> daysOfWeek,
        boolean runOnHolidays,
        boolean active,
        int catchUpDays,
        Instant createdAt) {}
