package br.com.regua.routines;

import br.com.regua.accounts.Accounts;
import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The one way a routine runs, whoever asks (the schedule, the API, the back-office): record the
 * run, then do its work on a background thread and record how it ended, success or failure.
 */
@Component
class RoutineRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RoutineRunner.class);
    private static final int THREADS = 4;
    private static final int MAX_ERROR_LENGTH = 2000;

    private final RoutineRows routines;
    private final RunRows runs;
    private final RoutineWork work;
    private final Accounts accounts;
    private final RunHeartbeats heartbeats;
    private final Clock clock;
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    RoutineRunner(
            RoutineRows routines,
            RunRows runs,
            RoutineWork work,
            Accounts accounts,
            RunHeartbeats heartbeats,
            Clock clock) {
        this.routines = routines;
        this.runs = runs;
        this.work = work;
        this.accounts = accounts;
        this.heartbeats = heartbeats;
        this.clock = clock;
        executor.setCorePoolSize(THREADS);
        executor.setMaxPoolSize(THREADS);
        executor.setThreadNamePrefix("routine-run-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    /**
     * Records the run as RUNNING and starts it. Empty when the routine's scheduled run for that
     * day exists already.
     */
    Optional<StartedRun> start(RunRoutine command) {
        return start(command, 1);
    }

    /** The same, for an attempt of the scheduled run; empty when that attempt exists already. */
    Optional<StartedRun> start(RunRoutine command, int attempt) {
        UUID accountId = command.accountId();
        Routine routine =
                routines.find(accountId, command.routineId()).orElseThrow(() -> new NotFoundException("Rotina"));
        LocalDate date = command.date() != null ? command.date() : today(accountId);
        LocalDate windowFrom = CatchUpWindow.from(
                date, routine.catchUpDays(), runs.lastCompletedBefore(accountId, routine.id(), date));
        UUID runId = Ids.next();
        var run = new RunRows.NewRun(
                routine.id(), date, windowFrom, command.trigger(), attempt, heartbeats.instanceId(), clock.instant());
        // Tracked before the row exists, so that no sweep sees the row without this instance's claim.
        heartbeats.track(runId);
        boolean inserted = false;
        try {
            inserted = runs.insert(accountId, runId, run);
        } finally {
            if (!inserted) heartbeats.untrack(runId);
        }
        if (!inserted) return Optional.empty();
        log.info(
                "Routine {} ({}) runs for {} from {}, {}, attempt {}",
                routine.id(),
                routine.task(),
                date,
                windowFrom,
                run.trigger(),
                attempt);

        CompletableFuture<RunCounts> counts;
        try {
            counts = CompletableFuture.supplyAsync(
                    () -> work.perform(routine.task(), accountId, runId, windowFrom, date), executor);
        } catch (RejectedExecutionException e) {
            counts = CompletableFuture.failedFuture(e);
        }
        var finished = counts.handle((done, failure) -> record(accountId, routine.id(), run, runId, done, failure))
                .whenComplete((recorded, failure) -> heartbeats.untrack(runId));
        return Optional.of(new StartedRun(accountId, routine.id(), runId, finished));
    }

    private RoutineRun record(
            UUID accountId, UUID routineId, RunRows.NewRun run, UUID runId, RunCounts counts, Throwable failure) {
        try {
            if (failure == null) {
                runs.complete(accountId, runId, counts, clock.instant());
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                log.warn("Routine run {} failed", runId, cause);
                Instant now = clock.instant();
                runs.fail(accountId, runId, message(cause), now, RunRetries.retryAt(run.trigger(), run.attempt(), now));
            }
            return runs.find(accountId, routineId, runId).orElseThrow();
        } catch (RuntimeException e) {
            // Untracked below: its heartbeat stops, and the next sweep fails it for a retry.
            log.error("Routine run {} could not be recorded; it stays RUNNING", runId, e);
            throw e;
        }
    }

    private LocalDate today(UUID accountId) {
        return accounts.today(accountId);
    }

    private static String message(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
