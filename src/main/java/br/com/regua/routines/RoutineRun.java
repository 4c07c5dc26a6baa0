package br.com.regua.routines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One run of a routine for {@code date}, covering send dates from {@code windowFrom} to {@code
 * date}: how many candidates it evaluated, how many notifications it queued, how many it skipped
 * and why. {@code error} is set when it FAILED. A scheduled run that failed is retried as a new
 * run of the same date with the next {@code attempt}, from {@code retryAt} on (null: not retried).
 */
public record RoutineRun(
        UUID id,
        UUID routineId,
        RunStatus status,
        LocalDate date,
        LocalDate windowFrom,
        RunTrigger trigger,
        int attempt,
        int evaluated,
        int queued,
        Map<String, Integer> skipped,
        String error,
        Instant startedAt,
        Instant finishedAt,
        Instant retryAt) {}
