package br.com.regua.routines;

import br.com.regua.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** Helpers of the routines' tests: routine bodies, waiting for runs. */
abstract class RoutinesIntegrationTest extends IntegrationTest {

    static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    @Autowired
    Routines routines;

    /** The body of product.md Appendix A, with another task. */
    static Map<String, Object> aRoutine(String task) {
        return new HashMap<>(Map.of(
                "name",
                "Rotina " + task,
                "task",
                task,
                "time",
                "08:10:00",
                "daysOfWeek",
                EVERY_DAY,
                "runOnHolidays",
                true));
    }

    /** Polls until the run has finished, one way or the other. */
    RoutineRun awaitFinished(UUID accountId, UUID routineId, UUID runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            RoutineRun run = routines.run(accountId, routineId, runId);
            if (run.status() != RunStatus.RUNNING) return run;
            if (Instant.now().isAfter(deadline)) throw new AssertionError("run still RUNNING: " + run);
            pause();
        }
    }

    /** Polls until no run of the routine is RUNNING, whoever started it. */
    List<RoutineRun> awaitSettled(UUID accountId, UUID routineId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            var runs = routines.runs(accountId, routineId, new br.com.regua.shared.PageRequest(100, null))
                    .items();
            if (runs.stream().noneMatch(r -> r.status() == RunStatus.RUNNING)) return runs;
            if (Instant.now().isAfter(deadline)) throw new AssertionError("runs still RUNNING: " + runs);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
