package br.com.regua.routines;

import br.com.regua.calendar.Calendars;
import br.com.regua.calendar.NationalHolidays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One tick of the routines' schedule: fails the runs whose instance is gone (their heartbeat is
 * stale), then starts every routine whose time has come today in its account's time zone and that
 * has not run on schedule today, or whose last attempt today failed and is due for a retry.
 * Several instances may tick at once; the run row's unique index on (routine, day, attempt) lets
 * one of them start each attempt.
 */
@Component
class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final RoutineRows routines;
    private final RoutineRunner runner;
    private final Calendars calendars;
    private final RunRows runs;
    private final RunHeartbeats heartbeats;
    private final Clock clock;

    ScheduledRuns(
            RoutineRows routines,
            RoutineRunner runner,
            Calendars calendars,
            RunRows runs,
            RunHeartbeats heartbeats,
            Clock clock) {
        this.routines = routines;
        this.runner = runner;
        this.calendars = calendars;
        this.runs = runs;
        this.heartbeats = heartbeats;
        this.clock = clock;
    }

    /** The runs this tick started (those another instance or an earlier tick started are not here). */
    List<StartedRun> runDue() {
        Instant now = clock.instant();
        failAbandoned(now);
        List<StartedRun> started = new ArrayList<>();
        for (var due : routines.due(now.atOffset(ZoneOffset.UTC))) {
            if (!due.runOnHolidays() && isHoliday(due.accountId(), due.today())) continue;
            try {
                runner.start(
                                new RunRoutine(due.accountId(), due.routineId(), due.today(), RunTrigger.SCHEDULE),
                                due.attempt())
                        .ifPresent(started::add);
            } catch (RuntimeException e) {
                // One routine that cannot start must not keep the others of this tick from starting.
                log.error("Routine {} of account {} could not start", due.routineId(), due.accountId(), e);
            }
        }
        return started;
    }

    /** The runs left RUNNING by an instance that stopped: FAILED, and a scheduled one retried by this tick. */
    private void failAbandoned(Instant now) {
        try {
            for (var run : runs.failAbandoned(now, now.minus(RunHeartbeats.STALE_AFTER), heartbeats.live())) {
                log.warn(
                        "Routine run {} of account {} ({}) lost its instance; failed{}",
                        run.id(),
                        run.accountId(),
                        run.trigger(),
                        run.trigger() == RunTrigger.SCHEDULE ? " and retried" : "");
            }
        } catch (RuntimeException e) {
            // Starting today's routines matters more; the next tick sweeps again.
            log.error("Abandoned routine runs could not be failed", e);
        }
    }

    /**
     * "Executa em feriados?" is about holidays only: weekends are the business of the days of the
     * week, so a Saturday is not a holiday, but a holiday on a Saturday is.
     */
    private boolean isHoliday(UUID accountId, LocalDate date) {
        return NationalHolidays.isHoliday(date) || calendars.of(accountId).isAccountHoliday(date);
    }
}
