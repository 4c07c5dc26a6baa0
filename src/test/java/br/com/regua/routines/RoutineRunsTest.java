package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RoutineRunsTest extends RoutinesIntegrationTest {

    @Autowired
    RunRows runRows;

    Tenant tenant;
    Api api;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2021, 2, 10));
        tenant = newTenant();
        api = tenant.api();
    }

    @Test
    void a_mark_overdue_run_completes_at_once_and_counts_the_charges_it_marked() {
        var billing = Fixtures.Billing.in(api);
        String dueOnSaturday = billing.charge(LocalDate.of(2021, 2, 20)).id();
        String dueLater = billing.charge(LocalDate.of(2021, 3, 10)).id();
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();

        Api.Response run = api.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));

        assertThat(run.status()).isEqualTo(202);
        assertThat(run.field("status")).isEqualTo("COMPLETED");
        assertThat(run.field("routineId")).isEqualTo(routine);
        assertThat(run.field("date")).isEqualTo("2021-03-05");
        assertThat(run.field("windowFrom")).isEqualTo("2021-03-05");
        assertThat(run.field("trigger")).isEqualTo("MANUAL");
        assertThat(run.json().get("evaluated").asInt()).isEqualTo(1);
        assertThat(run.json().get("queued").asInt()).isZero();
        assertThat(run.json().get("skipped").isEmpty()).isTrue();
        assertThat(run.field("error")).isNull();
        assertThat(run.field("startedAt")).isNotNull();
        assertThat(run.field("finishedAt")).isNotNull();
        assertThat(run.header("Location")).endsWith("/api/v1/routines/" + routine + "/runs/" + run.id());
        assertThat(api.get("/routines/" + routine + "/runs/" + run.id()).json()).isEqualTo(run.json());
        assertThat(api.get("/charges/" + dueOnSaturday).field("status")).isEqualTo("OVERDUE");
        assertThat(api.get("/charges/" + dueLater).field("status")).isEqualTo("PENDING");
    }

    @Test
    void a_run_without_a_date_runs_for_today_in_the_accounts_time_zone() {
        clock.set(Instant.parse("2021-03-06T01:30:00Z")); // 22:30 of the 5th in São Paulo
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();

        assertThat(api.post("/routines/" + routine + "/runs", null).field("date"))
                .isEqualTo("2021-03-05");
        assertThat(api.post("/routines/" + routine + "/runs", "{}").field("date"))
                .isEqualTo("2021-03-05");
    }

    @Test
    void each_run_catches_up_from_the_day_after_the_last_completed_one_within_the_window() {
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();

        assertThat(window(routine, "2021-03-01")).isEqualTo("2021-03-01");
        assertThat(window(routine, "2021-03-05")).isEqualTo("2021-03-02");
        assertThat(window(routine, "2021-03-05"))
                .as("a run of the same day does not count")
                .isEqualTo("2021-03-02");
        assertThat(window(routine, "2021-03-06")).isEqualTo("2021-03-06");
        assertThat(window(routine, "2021-03-30")).as("bounded by 7 days").isEqualTo("2021-03-24");
    }

    @Test
    void failed_runs_and_later_runs_do_not_move_the_window() {
        UUID routine =
                UUID.fromString(api.post("/routines", aRoutine("MARK_OVERDUE")).id());
        record(routine, LocalDate.of(2021, 3, 1), RunStatus.COMPLETED);
        record(routine, LocalDate.of(2021, 3, 3), RunStatus.FAILED);
        record(routine, LocalDate.of(2021, 3, 4), RunStatus.RUNNING);
        record(routine, LocalDate.of(2021, 3, 10), RunStatus.COMPLETED);

        assertThat(window(routine.toString(), "2021-03-05")).isEqualTo("2021-03-02");
    }

    @Test
    void a_send_email_run_is_answered_and_recorded_whatever_the_planner_does() {
        String routine = api.post("/routines", aRoutine("SEND_EMAIL")).id();

        Api.Response run = api.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));

        assertThat(run.status()).isEqualTo(202);
        assertThat(run.field("date")).isEqualTo("2021-03-05");
        assertThat(run.field("status")).isIn("COMPLETED", "FAILED");
        if (run.field("status").equals("FAILED")) assertThat(run.field("error")).isNotBlank();
        assertThat(api.get("/routines/" + routine + "/runs/" + run.id()).field("status"))
                .isEqualTo(run.field("status"));
    }

    @Test
    void the_history_lists_runs_newest_first_page_by_page() {
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();
        List<String> started = new ArrayList<>();
        for (String date : List.of("2021-03-01", "2021-03-02", "2021-03-03")) {
            started.add(api.post("/routines/" + routine + "/runs", Map.of("date", date))
                    .id());
        }

        Api.Response first = api.get("/routines/" + routine + "/runs?limit=2");
        Api.Response second = api.get("/routines/" + routine + "/runs?limit=2&cursor=" + first.field("next"));

        List<String> seen = new ArrayList<>();
        first.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
        second.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
        java.util.Collections.reverse(started);
        assertThat(seen).containsExactlyElementsOf(started);
        assertThat(second.field("next")).isNull();
    }

    @Test
    void a_run_is_found_only_under_its_own_routine() {
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();
        String other = api.post("/routines", aRoutine("MARK_OVERDUE")).id();
        String run = api.post("/routines/" + routine + "/runs", "{}").id();

        assertThat(api.get("/routines/" + other + "/runs/" + run).status()).isEqualTo(404);
        assertThat(api.get("/routines/" + routine + "/runs/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/routines/" + routine + "/runs/nope").status()).isEqualTo(404);
    }

    @Test
    void a_bad_date_is_refused_naming_the_field() {
        String routine = api.post("/routines", aRoutine("MARK_OVERDUE")).id();

        for (String date : List.of("1999-12-31", "2100-01-01", "2021-02-30", "05/03/2021")) {
            Api.Response refused = api.post("/routines/" + routine + "/runs", Map.of("date", date));
            assertThat(refused.status()).as(date).isEqualTo(400);
            assertThat(refused.errorFields()).as(date).containsExactly("date");
        }
        assertThat(api.get("/routines/" + routine + "/runs").json().get("items"))
                .isEmpty();
    }

    private String window(String routine, String date) {
        return api.post("/routines/" + routine + "/runs", Map.of("date", date)).field("windowFrom");
    }

    private void record(UUID routine, LocalDate date, RunStatus status) {
        UUID id = br.com.regua.shared.Ids.next();
        runRows.insert(
                tenant.id(),
                id,
                new RunRows.NewRun(routine, date, date, RunTrigger.MANUAL, 1, "test", clock.instant()));
        if (status == RunStatus.COMPLETED)
            runRows.complete(tenant.id(), id, new RunCounts(0, 0, Map.of()), clock.instant());
        if (status == RunStatus.FAILED) runRows.fail(tenant.id(), id, "boom", clock.instant(), null);
    }
}
