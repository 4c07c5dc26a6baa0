package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class IdempotentPlanningTest extends IntegrationTest {

    @Autowired
    Planner planner;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    Dunning dunning;

    @BeforeEach
    void setUp() {
        dunning = new Dunning(newTenant(), planner, notifications, jdbc);
        dunning.rule("AFTER_DUE", 13, Channel.EMAIL);
        dunning.api().put("/settings/email-events", java.util.Map.of("overdueNotice", false));
        for (int i = 0; i < 5; i++) dunning.charge(LocalDate.of(2021, 2, 20));
    }

    @Test
    void a_run_executed_twice_queues_nothing_the_second_time() {
        LocalDate day = LocalDate.of(2021, 3, 5);

        PlanResult first = dunning.plan(day).result();
        PlanResult second = dunning.plan(day).result();

        assertThat(first.queued()).isEqualTo(5);
        assertThat(second.queued()).isZero();
        assertThat(second.evaluated()).isEqualTo(5);
        assertThat(second.skipped()).containsEntry("ALREADY_QUEUED", 5);
        assertThat(allNotifications()).hasSize(5);
    }

    @Test
    void two_planners_racing_on_the_same_date_queue_each_notice_once() throws Exception {
        LocalDate day = LocalDate.of(2021, 3, 5);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PlanResult>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return planner.plan(new PlanRequest(dunning.account(), Channel.EMAIL, day, day, UUID.randomUUID()));
            }));
        }
        start.countDown();
        int queued = 0;
        for (var run : runs) queued += run.get().queued();
        pool.shutdown();

        assertThat(queued).isEqualTo(5);
        assertThat(allNotifications()).hasSize(5);
    }

    @Test
    void a_missed_day_is_caught_up_by_the_next_run_with_its_own_send_date() {
        PlanResult before = dunning.plan(LocalDate.of(2021, 3, 4)).result();
        // the server was down on the 5th; the run of the 8th covers the 5th to the 8th
        Dunning.Pass catchUp = dunning.plan(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 3, 8));

        assertThat(before.queued()).isZero();
        assertThat(catchUp.result().queued()).isEqualTo(5);
        assertThat(catchUp.queued())
                .allSatisfy(n -> assertThat(n.scheduledFor()).isEqualTo(LocalDate.of(2021, 3, 5)));
    }

    @Test
    void a_window_that_overlaps_a_completed_run_queues_nothing_twice() {
        dunning.plan(LocalDate.of(2021, 3, 5));

        PlanResult overlapping =
                dunning.plan(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 8)).result();

        assertThat(overlapping.queued()).isZero();
        assertThat(allNotifications()).hasSize(5);
    }

    private List<Notification> allNotifications() {
        return notifications
                .list(
                        dunning.account(),
                        new NotificationFilter(null, null, null, null, null, null),
                        br.com.regua.shared.PageRequest.of(100, null))
                .items();
    }
}
