package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.charges.Charges;
import br.com.regua.charges.PaymentData;
import br.com.regua.delivery.Dispatcher;
import br.com.regua.subscriptions.DeactivationReason;
import br.com.regua.subscriptions.Subscriptions;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The outbox: each change writes its events in its own transaction — the set-based overdue marking
 * and the notifications' status changes through triggers, the rest through the listeners — and a
 * change that rolls back leaves none.
 */
class WebhookOutboxTest extends IntegrationTest {

    @Autowired
    Charges charges;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    TransactionTemplate transaction;

    Tenant tenant;
    Api api;
    Billing billing;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        api = tenant.api();
        billing = Billing.in(api);
        api.post("/webhooks", Map.of("url", "http://127.0.0.1:9/hooks", "events", Webhooks.eventTypes()));
    }

    @Test
    void marking_charges_overdue_writes_one_charge_overdue_event_per_charge_in_the_same_statement() {
        String first = billing.charge(LocalDate.of(2026, 11, 2)).id();
        String second = billing.charge(LocalDate.of(2026, 11, 3)).id();
        String later = billing.charge(LocalDate.of(2027, 3, 1)).id();
        jdbc.sql("UPDATE charges SET status = 'PENDING' WHERE account_id = ?")
                .param(tenant.id())
                .update();
        events("charge.overdue").clear();

        assertThat(charges.markOverdue(tenant.id(), LocalDate.of(2026, 12, 1))).isEqualTo(2);
        assertThat(charges.markOverdue(tenant.id(), LocalDate.of(2026, 12, 2))).isZero();

        var overdue = events("charge.overdue");
        assertThat(overdue)
                .extracting(e -> e.get("data").get("chargeId").asString())
                .containsExactly(first, second);
        assertThat(overdue.get(0).get("data").get("status").asString()).isEqualTo("OVERDUE");
        assertThat(overdue.get(0).get("data").get("dueDate").asString()).isEqualTo("2026-11-02");
        assertThat(overdue.get(0).get("data").get("customerId").asString()).isEqualTo(billing.customerId());
        assertThat(overdue)
                .noneMatch(e -> e.get("data").get("chargeId").asString().equals(later));
    }

    @Test
    void a_notice_sent_writes_notification_sent_with_its_charge_and_channel() {
        String charge;
        try (var smtp = new MailSink()) {
            var method = br.com.regua.testing.Fixtures.aBoletoPaymentMethod();
            method.put("senderId", smtp.senderOf(api));
            String methodId = api.post("/payment-methods", method).id();
            var body = br.com.regua.testing.Fixtures.aCharge(
                    billing.customerId(),
                    billing.serviceId(),
                    methodId,
                    LocalDate.now().plusDays(10));
            body.put("notifyCustomer", true);
            charge = api.post("/charges", body).id();

            assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);
            assertThat(smtp.mails()).hasSize(1);
        }

        var sent = events("notification.sent");
        assertThat(sent).hasSize(1);
        JsonNode data = sent.get(0).get("data");
        assertThat(data.get("chargeId").asString()).isEqualTo(charge);
        assertThat(data.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(data.get("status").asString()).isEqualTo("SENT");
        assertThat(data.get("notificationId").asString()).isNotBlank();

        // every status change is a row of notification_events, whoever writes it; only the five
        // statuses a merchant subscribes to become events
        jdbc.sql("""
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, notification_id, s, 'por teste' FROM notification_events,
                       unnest(ARRAY['SENDING', 'QUEUED', 'SKIPPED', 'BOUNCED']) AS s
                WHERE account_id = ? AND status = 'SENT'""").param(tenant.id()).update();
        assertThat(events("notification.skipped")).hasSize(1);
        assertThat(events("notification.bounced")
                        .get(0)
                        .get("data")
                        .get("response")
                        .asString())
                .isEqualTo("por teste");
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_events WHERE account_id = ? AND type LIKE 'notification.%'")
                        .param(tenant.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void a_subscriptions_deactivation_reactivation_and_cancellation_are_events() {
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId", billing.customerId(),
                "paymentMethodId", billing.paymentMethodId(),
                "amount", 9990,
                "cycle", "MONTHLY",
                "firstDueDate", LocalDate.now().plusDays(40).toString()));
        UUID id = UUID.fromString(api.post("/subscriptions", body).id());

        subscriptions.deactivate(tenant.id(), id, DeactivationReason.HARD_BOUNCE, null);
        api.post("/subscriptions/" + id + "/reactivation", "{}");
        api.post("/subscriptions/" + id + "/cancellation", "{}");

        assertThat(events("subscription.deactivated")
                        .get(0)
                        .get("data")
                        .get("reason")
                        .asString())
                .isEqualTo("HARD_BOUNCE");
        assertThat(events("subscription.reactivated")
                        .get(0)
                        .get("data")
                        .get("subscriptionId")
                        .asString())
                .isEqualTo(id.toString());
        JsonNode cancelled = events("subscription.cancelled").get(0).get("data");
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("customerId").asString()).isEqualTo(billing.customerId());
        assertThat(cancelled.get("number").asLong()).isPositive();
    }

    @Test
    void a_payment_that_rolls_back_leaves_no_event() {
        UUID charge =
                UUID.fromString(billing.charge(LocalDate.now().plusDays(10)).id());

        transaction.executeWithoutResult(status -> {
            charges.pay(tenant.id(), charge, new PaymentData(null, null, false));
            assertThat(events("charge.paid")).hasSize(1);
            status.setRollbackOnly();
        });

        assertThat(events("charge.paid")).isEmpty();
        assertThat(events("charge.created")).hasSize(1);
    }

    @Test
    void another_modules_event_is_written_for_the_endpoints_subscribed_to_it() {
        assertThat(webhooks.emit(tenant.id(), "bank_return.imported", Map.of("bankReturnId", "r1", "paid", 3)))
                .isEqualTo(1);

        JsonNode imported = events("bank_return.imported").get(0);
        assertThat(imported.get("type").asString()).isEqualTo("bank_return.imported");
        assertThat(imported.get("data").get("paid").asInt()).isEqualTo(3);
    }

    private List<JsonNode> events(String type) {
        return new java.util.ArrayList<>(jdbc.sql("""
                        SELECT CAST(payload AS text) FROM webhook_events
                        WHERE account_id = ? AND type = ? ORDER BY seq""").params(tenant.id(), type).query(String.class).list().stream()
                .map(WebhookDeliveryTest.JSON::readTree)
                .toList());
    }
}
