package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the clock day by day through a charge's life, planning each day as the daily routine
 * would, and asserts exactly what each day queued.
 */
class PlannerTimelineTest extends IntegrationTest {

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
    }

    /** Plans every day from {@code first} to {@code last} and returns what each day queued. */
    private Map<LocalDate, List<String>> walk(LocalDate first, LocalDate last) {
        Map<LocalDate, List<String>> queuedByDay = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            clock.setToday(day);
            var pass = dunning.plan(day);
            if (!pass.queued().isEmpty()) queuedByDay.put(day, pass.triggers());
            for (Notification n : pass.queued()) {
                assertThat(n.scheduledFor()).isEqualTo(day);
                assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
            }
        }
        return queuedByDay;
    }

    @Test
    void seed_002_a_charge_due_20_02_2021_with_an_after_due_13_rule_is_queued_by_the_run_of_05_03_2021_only() {
        dunning.rule("AFTER_DUE", 13, Channel.EMAIL);
        dunning.api().put("/settings/email-events", java.util.Map.of("overdueNotice", false));
        String charge = dunning.charge(LocalDate.of(2021, 2, 20));

        var queued = walk(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 3, 20));

        assertThat(queued).containsOnlyKeys(LocalDate.of(2021, 3, 5));
        assertThat(queued.get(LocalDate.of(2021, 3, 5))).containsExactly("AFTER_DUE");
        var sent = notifications.forCharge(dunning.account(), java.util.UUID.fromString(charge));
        assertThat(sent).hasSize(1);
        Notification n = sent.get(0);
        assertThat(n.channel()).isEqualTo(Channel.EMAIL);
        assertThat(n.address()).isEqualTo("maria@example.com");
        assertThat(n.days()).isEqualTo(13);
        assertThat(n.occurrenceDate()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(n.attachInvoice()).isTrue();
    }

    @Test
    void a_charge_due_on_a_saturday_is_warned_early_and_dunned_after_the_following_monday() {
        allFourRules();

        dunning.charge(LocalDate.of(2026, 11, 21)); // Saturday; 20/11 (Friday) is a holiday

        assertThat(walk(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 10)))
                .containsExactlyEntriesOf(timeline(
                        "2026-11-16", "BEFORE_DUE", // 21 − 5 = Monday 16
                        "2026-11-19", "ON_DUE", // Saturday → back over the Friday holiday to Thursday
                        "2026-11-24", "AFTER_DUE,OVERDUE_NOTICE", // effective due is Monday 23: overdue Tuesday
                        "2026-12-04", "AFTER_DUE")); // 21 + 13 = Friday 4 December
    }

    @Test
    void a_charge_due_on_carnival_tuesday_is_warned_on_friday_and_overdue_after_ash_wednesday() {
        allFourRules();

        dunning.charge(LocalDate.of(2026, 2, 17));

        assertThat(walk(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 3, 6)))
                .containsExactlyEntriesOf(timeline(
                        "2026-02-12", "BEFORE_DUE",
                        "2026-02-13", "ON_DUE", // Carnival Monday and Tuesday are holidays
                        "2026-02-19", "AFTER_DUE,OVERDUE_NOTICE", // payable without penalty on Ash Wednesday
                        "2026-03-02", "AFTER_DUE")); // 17 + 13 = Monday 2 March
    }

    @Test
    void a_charge_due_on_20_november_is_overdue_only_after_the_next_business_day() {
        allFourRules();

        dunning.charge(LocalDate.of(2026, 11, 20));

        assertThat(walk(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 10)))
                .containsExactlyEntriesOf(timeline(
                        "2026-11-13", "BEFORE_DUE", // 20 − 5 = Sunday 15 → Friday 13
                        "2026-11-19", "ON_DUE",
                        "2026-11-24", "AFTER_DUE,OVERDUE_NOTICE", // effective due Monday 23
                        "2026-12-03", "AFTER_DUE")); // 20 + 13 = Thursday 3 December
    }

    @Test
    void with_the_exact_policy_notices_go_out_on_the_nominal_date_even_on_weekends() {
        dunning.api().put("/settings/calendar", java.util.Map.of("policy", "EXACT"));
        allFourRules();

        dunning.charge(LocalDate.of(2026, 11, 21));

        assertThat(walk(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 10)))
                .containsExactlyEntriesOf(timeline(
                        "2026-11-16", "BEFORE_DUE",
                        "2026-11-21", "ON_DUE", // the Saturday itself
                        // nominal AFTER_DUE 1 is Sunday 22, but the charge is payable until Monday 23
                        "2026-11-24", "AFTER_DUE,OVERDUE_NOTICE",
                        "2026-12-04", "AFTER_DUE"));
    }

    @Test
    void a_paid_charge_gets_nothing_more_and_its_queued_notices_are_cancelled() {
        allFourRules();
        String charge = dunning.charge(LocalDate.of(2026, 11, 30));
        clock.setToday(LocalDate.of(2026, 11, 25));
        assertThat(dunning.plan(LocalDate.of(2026, 11, 25)).triggers()).containsExactly("BEFORE_DUE");

        dunning.api().post("/charges/" + charge + "/payments", Map.of("notifyCustomer", false));

        var all = notifications.forCharge(dunning.account(), java.util.UUID.fromString(charge));
        assertThat(all).extracting(Notification::status).containsExactly(NotificationStatus.CANCELLED);
        assertThat(all.get(0).statusReason()).isEqualTo("CHARGE_PAID");
        assertThat(jdbc.sql("SELECT status FROM notification_events WHERE notification_id = ?")
                        .param(all.get(0).id())
                        .query(String.class)
                        .list())
                .containsExactly("CANCELLED");
        assertThat(walk(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 20))).isEmpty();
    }

    private void allFourRules() {
        dunning.rule("BEFORE_DUE", 5, Channel.EMAIL);
        dunning.rule("ON_DUE", 0, Channel.EMAIL);
        dunning.rule("AFTER_DUE", 1, Channel.EMAIL);
        dunning.rule("AFTER_DUE", 13, Channel.EMAIL);
    }

    private static Map<LocalDate, List<String>> timeline(String... dayAndTriggers) {
        Map<LocalDate, List<String>> expected = new TreeMap<>();
        for (int i = 0; i < dayAndTriggers.length; i += 2) {
            expected.put(
                    LocalDate.parse(dayAndTriggers[i]), new ArrayList<>(List.of(dayAndTriggers[i + 1].split(","))));
        }
        return expected;
    }
}
