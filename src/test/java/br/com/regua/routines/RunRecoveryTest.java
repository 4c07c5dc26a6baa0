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
        UUID dead = runLeftRunning(TUESDAY, TUESDAY, clock.instant().minus(Duration.ofMinutes(2)));

        tick();

        List<RoutineRun> runs = scheduledRuns();
        assertThat(runs).hasSize(2);
        RoutineRun failed = runs.get(0);
        assertThat(failed.id()).isEqualTo(dead);
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.error()).isEqualTo("instância parou durante a execução");
        assertThat(failed.finishedAt()).isEqualTo(clock.instant());
        RoutineRun retried = runs.get(1);
        assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
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
        assertThat(scheduledRuns()).extracting(RoutineRun::status).containsExactly(RunStatus.FAILED);

        tickAt(LocalTime.of(9, 0, 59));
        assertThat(scheduledRuns()).as("not before its backoff").hasSize(1);

        tickAt(LocalTime.of(9, 1));
        assertThat(scheduledRuns())
                .extracting(RoutineRun::status)
                .containsExactly(RunStatus.FAILED, RunStatus.COMPLETED);
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

    /** A scheduled run as an instance that stopped left it: RUNNING, last seen at {@code lastSeen}. */
    private UUID runLeftRunning(LocalDate date, LocalDate windowFrom, Instant lastSeen) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO routine_runs (account_id, id, routine_id, run_date, window_from, trigger, status,
                                          started_at)
                VALUES (?, ?, ?, ?, ?, 'SCHEDULE', 'RUNNING', ?)""")
                .params(tenant.id(), id, routine, date, windowFrom, lastSeen.atOffset(ZoneOffset.UTC))
                .update();
        return id;
    }

    private void tickAt(LocalDate date, LocalTime time) {
        clock.setToday(date, time);
        tick();
    }

    private void tickAt(LocalTime time) {
        tickAt(TUESDAY, time);
    }

    private void tick() {
        scheduledRuns.runDue().forEach(run -> run.finished().handle((done, failure) -> null).join());
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
        int holder;
        try (var pid = lock.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            holder = pid.getInt(1);
        }
        List<Integer> blocked = Awaitility.await("the run waits for the lock")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(20))
                .until(
                        () -> jdbc.sql("SELECT pid FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))")
                                .param(holder)
                                .query(Integer.class)
                                .list(),
                        pids -> !pids.isEmpty());
        blocked.forEach(pid -> jdbc.sql("SELECT pg_cancel_backend(?)")
                .param(pid)
                .query(Boolean.class)
                .single());
    }
}
