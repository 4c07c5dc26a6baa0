package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Fixtures;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs that outlast the caller's wait, made long by a transaction holding a lock on a charge the
 * run must mark overdue: the answer is RUNNING, and the run is finished and recorded later.
 */
class LongRunsTest extends RoutinesIntegrationTest {

    static final LocalDate MARCH_5 = LocalDate.of(2021, 3, 5);

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    UUID routine;
    UUID charge;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2021, 2, 10));
        tenant = newTenant();
        charge = UUID.fromString(Fixtures.Billing.in(tenant.api())
                .charge(LocalDate.of(2021, 2, 22))
                .id());
        routine = UUID.fromString(
                tenant.api().post("/routines", aRoutine("MARK_OVERDUE")).id());
    }

    @Test
    void a_run_longer_than_the_wait_answers_running_and_completes_in_the_background() throws Exception {
        RoutineRun answer;
        try (Connection lock = lockCharge()) {
            answer = routines.run(RunRoutine.manual(tenant.id(), routine, MARCH_5), Duration.ofMillis(300));

            assertThat(answer.status()).isEqualTo(RunStatus.RUNNING);
            assertThat(answer.finishedAt()).isNull();
            lock.rollback();
        }

        RoutineRun finished = awaitFinished(tenant.id(), routine, answer.id());
        assertThat(finished.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(finished.evaluated()).isEqualTo(1);
        assertThat(finished.finishedAt()).isNotNull();
    }

    @Test
    void a_run_whose_work_fails_is_recorded_failed_with_the_error() throws Exception {
        RoutineRun answer;
        try (Connection lock = lockCharge()) {
            answer = routines.run(RunRoutine.manual(tenant.id(), routine, MARCH_5), Duration.ofMillis(300));
            cancelWhatWaitsFor(lock);

            RoutineRun failed = awaitFinished(tenant.id(), routine, answer.id());
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.error()).contains("canceling statement due to user request");
            assertThat(failed.finishedAt()).isNotNull();
            lock.rollback();
        }

        RoutineRun retried = routines.run(RunRoutine.manual(tenant.id(), routine, MARCH_5));
        assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(retried.windowFrom()).as("a failed run is no starting point").isEqualTo(MARCH_5);
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
    private void cancelWhatWaitsFor(Connection lock) throws Exception {
        int holder;
        try (var pid = lock.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            holder = pid.getInt(1);
        }
        List<Integer> blocked = org.awaitility.Awaitility.await("the run waits for the lock")
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(20))
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
