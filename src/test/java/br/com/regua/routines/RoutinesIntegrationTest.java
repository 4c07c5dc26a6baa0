package br.com.regua.routines;

import br.com.regua.testing.IntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
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

    /** Waits until the run has finished, one way or the other. */
    RoutineRun awaitFinished(UUID accountId, UUID routineId, UUID runId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> routines.run(accountId, routineId, runId), run -> run.status() != RunStatus.RUNNING);
    }

    /** Waits until no run of the routine is RUNNING, whoever started it. */
    List<RoutineRun> awaitSettled(UUID accountId, UUID routineId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> routines.runs(accountId, routineId, new br.com.regua.shared.PageRequest(100, null))
                                .items(),
                        runs -> runs.stream().noneMatch(r -> r.status() == RunStatus.RUNNING));
    }
}
