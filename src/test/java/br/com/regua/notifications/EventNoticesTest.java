package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Efí's event e-mails (seed 000): account switches, overridden per operation by notifyCustomer. */
class EventNoticesTest extends IntegrationTest {

    @Autowired
    Planner planner;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    Dunning dunning;
    String charge;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2026, 11, 23));
        dunning = new Dunning(newTenant(), planner, notifications, jdbc);
        charge = dunning.charge(LocalDate.of(2026, 12, 10));
    }

    private java.util.List<Notification> notices() {
        return notifications.forCharge(dunning.account(), UUID.fromString(charge));
    }

    @Test
    void a_manual_payment_confirmation_is_queued_by_default_with_event_priority() {
        dunning.api().post("/charges/" + charge + "/payments", Map.of("paidAt", "2026-11-23"));

        assertThat(notices()).singleElement().satisfies(n -> {
            assertThat(n.trigger()).isEqualTo("PAYMENT_CONFIRMATION");
            assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(n.priority()).isEqualTo(1);
            assertThat(n.scheduledFor()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(n.address()).isEqualTo("maria@example.com");
        });
    }

    @Test
    void notify_customer_false_overrides_the_default_for_that_payment_only() {
        dunning.api().post("/charges/" + charge + "/payments", Map.of("notifyCustomer", false));

        assertThat(notices()).isEmpty();
    }

    @Test
    void notify_customer_true_sends_even_when_the_switch_is_off() {
        dunning.api().put("/settings/email-events", Map.of("paymentConfirmation", false));

        dunning.api().post("/charges/" + charge + "/payments", Map.of("notifyCustomer", true));

        assertThat(notices()).extracting(Notification::trigger).containsExactly("PAYMENT_CONFIRMATION");
    }

    @Test
    void with_the_switch_off_and_no_override_no_confirmation_is_sent() {
        dunning.api().put("/settings/email-events", Map.of("paymentConfirmation", false));

        dunning.api().post("/charges/" + charge + "/payments", "{}");

        assertThat(notices()).isEmpty();
    }

    @Test
    void a_cancellation_notice_follows_its_own_switch_and_override() {
        dunning.api().put("/settings/email-events", Map.of("chargeCancellation", false));
        String other = dunning.charge(LocalDate.of(2026, 12, 10));

        dunning.api().post("/charges/" + charge + "/cancellation", "{}");
        dunning.api().post("/charges/" + other + "/cancellation", Map.of("notifyCustomer", true));

        assertThat(notices()).isEmpty();
        assertThat(notifications.forCharge(dunning.account(), UUID.fromString(other)))
                .extracting(Notification::trigger)
                .containsExactly("CHARGE_CANCELLATION");
    }

    @Test
    void the_switches_are_read_and_changed_one_at_a_time() {
        var initial = dunning.api().get("/settings/email-events").json();
        assertThat(initial.get("overdueNotice").asBoolean()).isTrue();
        assertThat(initial.get("carneCancellation").asBoolean()).isTrue();

        var changed = dunning.api()
                .put("/settings/email-events", Map.of("overdueNotice", false))
                .json();

        assertThat(changed.get("overdueNotice").asBoolean()).isFalse();
        assertThat(changed.get("paymentConfirmation").asBoolean()).isTrue();
    }

    @Test
    void the_overdue_notice_switch_turned_off_skips_the_notice() {
        dunning.api().put("/settings/email-events", Map.of("overdueNotice", false));
        clock.setToday(LocalDate.of(2026, 12, 11));

        PlanResult result = dunning.plan(LocalDate.of(2026, 12, 11)).result();

        assertThat(result.queued()).isZero();
        assertThat(result.skipped()).containsEntry("RULE_INACTIVE", 1);
    }
}
