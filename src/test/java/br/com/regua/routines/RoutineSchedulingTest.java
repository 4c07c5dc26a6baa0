package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The minute tick, driven by hand with the test clock. (db-scheduler's own thread ticks too, on the
 * same clock; it may start a run before the test's tick does, so the tests look at the runs
 * recorded, not at which tick started them.)
 */
class RoutineSchedulingTest extends RoutinesIntegrationTest {

    static final LocalDate TUESDAY = LocalDate.of(2021, 4, 20);
    static final LocalDate TIRADENTES = LocalDate.of(2021, 4, 21); // a Wednesday
    static final LocalDate THURSDAY = LocalDate.of(2021, 4, 22);
    static final LocalDate SATURDAY = LocalDate.of(2021, 4, 24);

    @Autowired
    ScheduledRuns scheduledRuns;

    @Autowired
    DbSchedulerCustomizer schedulerCustomizer;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        clock.setToday(TUESDAY, LocalTime.of(7, 0));
        tenant = newTenant();
    }

    @Test
    void nothing_runs_before_the_routines_time_of_day() {
        UUID routine = routine(Map.of());

        tickAt(TUESDAY, LocalTime.of(8, 9, 59));

        assertThat(scheduledRuns(routine)).isEmpty();
    }

    @Test
    void a_routine_runs_once_when_its_time_has_come() {
        UUID routine = routine(Map.of());

        tickAt(TUESDAY, LocalTime.of(8, 10));
        tickAt(TUESDAY, LocalTime.of(8, 11));
        tickAt(TUESDAY, LocalTime.of(23, 59));

        List<RoutineRun> runs = scheduledRuns(routine);
        assertThat(runs).hasSize(1);
        RoutineRun run = runs.get(0);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.trigger()).isEqualTo(RunTrigger.SCHEDULE);
        assertThat(run.date()).isEqualTo(TUESDAY);
        assertThat(run.windowFrom()).isEqualTo(TUESDAY);
    }

    @Test
    void a_routine_late_for_its_time_runs_at_the_next_tick_of_the_day() {
        UUID routine = routine(Map.of());

        tickAt(TUESDAY, LocalTime.of(14, 30)); // the instance was down at 08:10

        assertThat(scheduledRuns(routine)).extracting(RoutineRun::date).containsExactly(TUESDAY);
    }

    @Test
    void the_time_of_day_is_read_in_the_accounts_time_zone() {
        UUID routine = routine(Map.of("time", "10:00:00"));

        tickAt(TUESDAY, LocalTime.of(9, 30)); // 12:30 UTC

        assertThat(scheduledRuns(routine)).isEmpty();
    }

    @Test
    void a_day_not_among_the_days_of_the_week_does_not_run() {
        UUID routine = routine(Map.of("daysOfWeek", List.of("MONDAY", "WEDNESDAY")));

        tickAt(TUESDAY, LocalTime.of(9, 0));

        assertThat(scheduledRuns(routine)).isEmpty();
    }

    @Test
    void an_inactive_routine_does_not_run() {
        UUID routine = routine(Map.of("active", false));

        tickAt(TUESDAY, LocalTime.of(9, 0));

        assertThat(scheduledRuns(routine)).isEmpty();
    }

    @Test
    void a_holiday_is_skipped_and_the_next_days_run_covers_it() {
        UUID routine = routine(Map.of("runOnHolidays", false));

        tickAt(TUESDAY, LocalTime.of(9, 0));
        tickAt(TIRADENTES, LocalTime.of(9, 0));
        assertThat(scheduledRuns(routine)).extracting(RoutineRun::date).containsExactly(TUESDAY);

        tickAt(THURSDAY, LocalTime.of(9, 0));
        RoutineRun thursday = scheduledRuns(routine).get(0);
        assertThat(thursday.date()).isEqualTo(THURSDAY);
        assertThat(thursday.windowFrom()).isEqualTo(TIRADENTES);
    }

    @Test
    void a_routine_that_runs_on_holidays_runs_on_a_holiday() {
        UUID routine = routine(Map.of("runOnHolidays", true));

        tickAt(TIRADENTES, LocalTime.of(9, 0));

        assertThat(scheduledRuns(routine)).extracting(RoutineRun::date).containsExactly(TIRADENTES);
    }

    @Test
    void a_saturday_is_not_a_holiday() {
        UUID routine = routine(Map.of("runOnHolidays", false));

        tickAt(SATURDAY, LocalTime.of(9, 0));

        assertThat(scheduledRuns(routine)).extracting(RoutineRun::date).containsExactly(SATURDAY);
    }

    @Test
    void a_holiday_on_a_saturday_is_a_holiday() {
        UUID routine = routine(Map.of("runOnHolidays", false));

        tickAt(LocalDate.of(2021, 5, 1), LocalTime.of(9, 0)); // Dia do Trabalho, a Saturday

        assertThat(scheduledRuns(routine)).isEmpty();
    }

    @Test
    void a_run_by_hand_does_not_take_the_place_of_the_scheduled_one() {
        UUID routine = routine(Map.of());
        routines.run(RunRoutine.manual(tenant.id(), routine, TUESDAY));

        tickAt(TUESDAY, LocalTime.of(9, 0));

        assertThat(scheduledRuns(routine)).hasSize(1);
        assertThat(scheduledRuns(routine).get(0).windowFrom())
                .as("the manual run of the same day is no starting point")
                .isEqualTo(TUESDAY);
    }

    @Test
    void ticks_racing_in_parallel_start_one_scheduled_run() throws Exception {
        UUID routine = routine(Map.of());
        clock.setToday(TUESDAY, LocalTime.of(9, 0));

        int ticks = 4;
        CyclicBarrier together = new CyclicBarrier(ticks);
        ExecutorService pool = Executors.newFixedThreadPool(ticks);
        List<Future<List<StartedRun>>> racing = new ArrayList<>();
        for (int i = 0; i < ticks; i++) {
            racing.add(pool.submit(() -> {
                together.await();
                return scheduledRuns.runDue();
            }));
        }
        List<StartedRun> started = new ArrayList<>();
        for (var tick : racing) started.addAll(tick.get());
        pool.shutdown();
        started.forEach(RoutineSchedulingTest::join);
        awaitSettled(tenant.id(), routine);

        assertThat(started.stream().filter(s -> s.routineId().equals(routine))).hasSizeLessThanOrEqualTo(1);
        assertThat(scheduledRuns(routine)).hasSize(1);
    }

    @Test
    void each_instance_has_a_scheduler_name_of_its_own() {
        assertThat(schedulerCustomizer.schedulerName())
                .get()
                .extracting(name -> name.getName())
                .asString()
                .endsWith("-" + ProcessHandle.current().pid());
    }

    private UUID routine(Map<String, Object> overrides) {
        var body = aRoutine("MARK_OVERDUE");
        body.putAll(overrides);
        return UUID.fromString(tenant.api().post("/routines", body).id());
    }

    private void tickAt(LocalDate date, LocalTime time) {
        clock.setToday(date, time);
        scheduledRuns.runDue().forEach(RoutineSchedulingTest::join);
    }

    private List<RoutineRun> scheduledRuns(UUID routine) {
        return awaitSettled(tenant.id(), routine).stream()
                .filter(run -> run.trigger() == RunTrigger.SCHEDULE)
                .toList();
    }

    /** Waits for a run this tick started, whatever routine it belongs to and however it ended. */
    private static void join(StartedRun run) {
        run.finished().handle((done, failure) -> null).join();
    }
}
