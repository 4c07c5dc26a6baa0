package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Ids;
import br.com.regua.testing.Fixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scheduled run whose instance stops, or whose work fails, does not block its day: the dead run
 * is failed and retried at the next tick, the failed one after its backoff, each retry a new
 * attempt. A run still alive is never taken over.
 */
class RunRecoveryTest extends RoutinesIntegrationTest {

    static final LocalDate TUESDAY = LocalDate.of(2021, 4, 20);
    static final LocalDate WEDNESDAY = LocalDate.of(2021, 4, 21);
    static final LocalDate THURSDAY = LocalDate.of(2021, 4, 22);

    @Autowired
    ScheduledRuns scheduledRuns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RunHeartbeats heartbeats;

    Tenant tenant;
    UUID charge;
    UUID routine;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2021, 4, 1), LocalTime.of(7, 0));
        tenant = newTenant();
        charge = UUID.fromString(Fixtures.Billing.in(tenant.api())
                .charge(LocalDate.of(2021, 4, 12))
                .id());
        routine = UUID.fromString(
                tenant.api().post("/routines", aRoutine("MARK_OVERDUE")).id());
    }

    @Test
    void a_run_whose_instance_stopped_is_failed_and_retried_the_same_day() {
        clock.setToday(TUESDAY, LocalTime.of(9, 0));
        UUID dead = runLeftRunning(TUESDAY, TUESDAY, clock.instant().minus(Duration.ofSeconds(61)));

        tick();

        List<RoutineRun> runs = scheduledRuns();
        assertThat(runs).hasSize(2);
        RoutineRun failed = runs.get(0);
        assertThat(failed.id()).isEqualTo(dead);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).isEqualTo("instância parou durante a execução");
        assertThat(failed.finishedAt()).isEqualTo(clock.instant());
        assertThat(failed.attempt()).isEqualTo(1);
        RoutineRun retried = runs.get(1);
        assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(retried.attempt()).isEqualTo(2);
        assertThat(retried.date()).isEqualTo(TUESDAY);
        assertThat(retried.evaluated()).as("the retry did the work").isEqualTo(1);
    }

    @Test
    void a_failed_scheduled_run_is_retried_after_its_backoff_and_not_before() throws Exception {
        clock.setToday(TUESDAY, LocalTime.of(9, 0));
        try (Connection lock = lockCharge()) {
            scheduledRuns.runDue();
            cancelWhatWaitsFor(lock);
            awaitSettled(tenant.id(), routine);
            lock.rollback();
        }
        RoutineRun failed = scheduledRuns().get(0);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        tickAt(LocalTime.of(9, 0, 59));
        assertThat(scheduledRuns()).as("not before its backoff").hasSize(1);

        tickAt(LocalTime.of(9, 1));
        assertThat(scheduledRuns())
                .extracting(RoutineRun::status)
                .containsExactly(RunStatus.FAILED, RunStatus.COMPLETED);
        assertThat(scheduledRuns().get(1).attempt()).isEqualTo(2);
    }

    @Test
    void a_run_with_a_fresh_heartbeat_from_another_instance_is_never_taken_over() {
        clock.setToday(TUESDAY, LocalTime.of(9, 0));
        UUID alive = runLeftRunning(TUESDAY, TUESDAY, clock.instant().minus(Duration.ofSeconds(50)));

        tick();

        assertThat(routines.runs(tenant.id(), routine, new br.com.regua.shared.PageRequest(100, null))
                        .items())
                .singleElement()
                .satisfies(run -> {
                    assertThat(run.id()).isEqualTo(alive);
                    assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
                });
    }

    @Test
    void a_run_this_instance_still_performs_is_not_taken_over_when_the_clock_jumps() throws Exception {
        clock.setToday(TUESDAY, LocalTime.of(9, 0));
        try (Connection lock = lockCharge()) {
            scheduledRuns.runDue();
            awaitBlocked(lock);
            clock.setToday(TUESDAY, LocalTime.of(9, 30));

            tick();
            heartbeats.beat();

            RoutineRun running =
                    routines.runs(tenant.id(), routine, new br.com.regua.shared.PageRequest(100, null)).items().stream()
                            .filter(run -> run.trigger() == RunTrigger.SCHEDULE)
                            .findFirst()
                            .orElseThrow();
            assertThat(running.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(heartbeatOf(running.id())).isEqualTo(clock.instant());
            lock.rollback();
        }

        assertThat(scheduledRuns()).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.attempt()).isEqualTo(1);
        });
    }

    @Test
    void a_manual_run_whose_instance_stopped_is_failed_and_left_to_whoever_started_it() {
        clock.setToday(TUESDAY, LocalTime.of(7, 0)); // before the routine's time: the tick starts nothing
        UUID dead = Ids.next();
        jdbc.sql("""
                INSERT INTO routine_runs (account_id, id, routine_id, run_date, window_from, trigger, status,
                                          instance_id, started_at, heartbeat_at)
                VALUES (?, ?, ?, ?, ?, 'MANUAL', 'RUNNING', 'gone-host-1-abcd', ?, ?)""")
                .params(
                        tenant.id(),
                        dead,
                        routine,
                        TUESDAY,
                        TUESDAY,
                        clock.instant().minus(Duration.ofMinutes(3)).atOffset(ZoneOffset.UTC),
                        clock.instant().minus(Duration.ofMinutes(2)).atOffset(ZoneOffset.UTC))
                .update();

        tick();

        assertThat(awaitSettled(tenant.id(), routine)).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.error()).isEqualTo("instância parou durante a execução");
            assertThat(run.retryAt()).isNull();
        });
    }

    @Test
    void a_retry_still_catches_up_from_the_last_completed_day() {
        tickAt(TUESDAY, LocalTime.of(9, 0));
        clock.setToday(THURSDAY, LocalTime.of(9, 0));
        runLeftRunning(THURSDAY, WEDNESDAY, clock.instant().minus(Duration.ofMinutes(5)));

        tick();

        RoutineRun retried = scheduledRuns().get(scheduledRuns().size() - 1);
        assertThat(retried.date()).isEqualTo(THURSDAY);
        assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(retried.windowFrom()).isEqualTo(WEDNESDAY);
    }

    /**
     * Attempt 1 of a scheduled run, RUNNING on another instance that last refreshed its heartbeat
     * at {@code lastSeen}.
     */
    private UUID runLeftRunning(LocalDate date, LocalDate windowFrom, Instant lastSeen) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO routine_runs (account_id, id, routine_id, run_date, window_from, trigger, status,
                                          instance_id, started_at, heartbeat_at)
                VALUES (?, ?, ?, ?, ?, 'SCHEDULE', 'RUNNING', 'other-host-1-abcd', ?, ?)""")
                .params(
                        tenant.id(),
                        id,
                        routine,
                        date,
                        windowFrom,
                        lastSeen.minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC),
                        lastSeen.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    private Instant heartbeatOf(UUID run) {
        return jdbc.sql("SELECT heartbeat_at FROM routine_runs WHERE account_id = ? AND id = ?")
                .params(tenant.id(), run)
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }

    private void tickAt(LocalDate date, LocalTime time) {
        clock.setToday(date, time);
        tick();
    }

    private void tickAt(LocalTime time) {
        tickAt(TUESDAY, time);
    }

    private void tick() {
        scheduledRuns
                .runDue()
                .forEach(run -> run.finished().handle((done, failure) -> null).join());
    }

    /** Today's and earlier scheduled runs of the routine, oldest first, once none is RUNNING. */
    private List<RoutineRun> scheduledRuns() {
        return awaitSettled(tenant.id(), routine).stream()
                .filter(run -> run.trigger() == RunTrigger.SCHEDULE)
                .sorted(Comparator.comparing(RoutineRun::id))
                .toList();
    }

    private Connection lockCharge() throws SQLException {
        Connection lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        try (var select = lock.prepareStatement("SELECT 1 FROM charges WHERE account_id = ? AND id = ? FOR UPDATE")) {
            select.setObject(1, tenant.id());
            select.setObject(2, charge);
            select.executeQuery().close();
        }
        return lock;
    }

    /** Cancels the statement blocked by {@code lock}, once the run has reached it. */
    private void cancelWhatWaitsFor(Connection lock) throws SQLException {
        awaitBlocked(lock)
                .forEach(pid -> jdbc.sql("SELECT pg_cancel_backend(?)")
                        .param(pid)
                        .query(Boolean.class)
                        .single());
    }

    /** The backends waiting for {@code lock}, once the run has reached it. */
    private List<Integer> awaitBlocked(Connection lock) throws SQLException {
        int holder;
        try (var pid = lock.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            holder = pid.getInt(1);
        }
        return Awaitility.await("the run waits for the lock")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> jdbc.sql("SELECT pid FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")
                                .param(holder)
                                .query(Integer.class)
                                .list(),
                        pids -> !pids.isEmpty());
    }
}
