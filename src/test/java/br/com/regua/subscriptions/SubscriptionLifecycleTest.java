package br.com.regua.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.Suppressions;
import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Seed 001's deactivation and reactivation, and cancellation (seed 000's per-operation choice). */
@RecordApplicationEvents
class SubscriptionLifecycleTest extends SubscriptionsIntegrationTest {

    @Autowired
    Suppressions suppressions;

    @Autowired
    ApplicationEvents events;

    Tenant tenant;
    Api api;
    Billing billing;
    String id;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2027, 1, 5));
        tenant = newTenant();
        api = tenant.api();
        billing = Billing.in(api);
        id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
    }

    @Test
    void a_deactivated_subscription_records_why_and_by_which_notification_and_generates_nothing_more() {
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 21));
        UUID notification = UUID.randomUUID();

        boolean deactivated =
                subscriptions.deactivate(tenant.id(), uuid(id), DeactivationReason.HARD_BOUNCE, notification);
        boolean again =
                subscriptions.deactivate(tenant.id(), uuid(id), DeactivationReason.COMPLAINT, UUID.randomUUID());
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 6, 30));

        assertThat(deactivated).isTrue();
        assertThat(again).as("a second failure changes nothing").isFalse();
        Api.Response s = api.get("/subscriptions/" + id);
        assertThat(s.field("status")).isEqualTo("DEACTIVATED");
        assertThat(s.field("deactivationReason")).isEqualTo("HARD_BOUNCE");
        assertThat(s.field("deactivatedAt")).isNotNull();
        assertThat(s.json().get("deactivatedBy").get("notificationId").asString())
                .isEqualTo(notification.toString());
        assertThat(dueDates(tenant.id(), id)).containsExactly(LocalDate.of(2027, 1, 31));
        assertThat(events.stream(SubscriptionDeactivated.class))
                .containsExactly(new SubscriptionDeactivated(
                        tenant.id(),
                        uuid(id),
                        s.json().get("number").asLong(),
                        uuid(billing.customerId()),
                        DeactivationReason.HARD_BOUNCE,
                        notification));
        assertThat(api.get("/subscriptions?status=DEACTIVATED&number=" + s.field("number"))
                        .json()
                        .get("items"))
                .hasSize(1);
    }

    @Test
    void reactivation_is_refused_while_the_customers_email_is_suppressed_and_allowed_once_it_is_corrected() {
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 21));
        subscriptions.deactivate(tenant.id(), uuid(id), DeactivationReason.HARD_BOUNCE, UUID.randomUUID());
        suppressions.suppress(tenant.id(), Channel.EMAIL, "maria@example.com", Suppressions.Reason.HARD_BOUNCE, "550");
        clock.setToday(LocalDate.of(2027, 4, 10));

        Api.Response refused = api.post("/subscriptions/" + id + "/reactivation", "{}");
        var corrected = Fixtures.aCustomer();
        corrected.put("email", "maria.silva@example.com");
        api.put("/customers/" + billing.customerId(), corrected);
        Api.Response reactivated = api.post("/subscriptions/" + id + "/reactivation", "{}");
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 4, 30));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.field("reason")).isEqualTo("ADDRESS_SUPPRESSED");
        assertThat(refused.field("address")).isEqualTo("maria@example.com");
        assertThat(refused.field("detail")).contains("maria@example.com", "lista de supressão", "corrija o e-mail");
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(reactivated.field("status")).isEqualTo("ACTIVE");
        assertThat(reactivated.field("deactivationReason")).isNull();
        assertThat(reactivated.field("nextDueDate")).isEqualTo("2027-04-30");
        assertThat(reactivated.json().get("skippedDueDates").toString()).isEqualTo("[\"2027-02-28\",\"2027-03-31\"]");
        assertThat(dueDates(tenant.id(), id))
                .as("generation resumes with the next due date, the skipped ones are not generated late")
                .containsExactly(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 4, 30));
    }

    @Test
    void only_a_deactivated_subscription_can_be_reactivated() {
        Api.Response refused = api.post("/subscriptions/" + id + "/reactivation", "{}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("reason")).isEqualTo("NOT_DEACTIVATED");
    }

    @Test
    void a_cancellation_publishes_the_customers_choice_and_stops_generation() {
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 21));

        Subscription cancelled = subscriptions.cancel(tenant.id(), uuid(id), new SubscriptionCancellation(true, null));
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 6, 30));
        Api.Response again = api.post("/subscriptions/" + id + "/cancellation", Map.of("notifyCustomer", false));

        assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThat(cancelled.nextDueDate()).isNull();
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.put("/subscriptions/" + id, Map.of("amount", 1)).status())
                .as("a cancelled subscription is not changed")
                .isEqualTo(409);
        assertThat(dueDates(tenant.id(), id)).hasSize(1);
        assertThat(api.get("/charges?subscriptionId=" + id)
                        .json()
                        .get("items")
                        .get(0)
                        .get("status")
                        .asString())
                .as("open charges stay unless asked")
                .isEqualTo("PENDING");
        List<SubscriptionCancelled> published =
                events.stream(SubscriptionCancelled.class).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).notifyCustomer()).isTrue();
        assertThat(published.get(0).cancelledCharges()).isZero();
    }

    @Test
    void a_cancellation_without_a_choice_leaves_it_to_the_accounts_switch_and_may_cancel_open_charges() {
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 2, 18));
        String paid = api.get("/charges?subscriptionId=" + id)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        api.post("/charges/" + paid + "/payments", "{}");

        subscriptions.cancel(tenant.id(), uuid(id), new SubscriptionCancellation(null, true));

        var charges = api.get("/charges?subscriptionId=" + id).json().get("items");
        assertThat(charges.get(0).get("status").asString()).isEqualTo("PAID");
        assertThat(charges.get(1).get("status").asString()).isEqualTo("CANCELLED");
        SubscriptionCancelled published =
                events.stream(SubscriptionCancelled.class).findFirst().orElseThrow();
        assertThat(published.notifyCustomer()).isNull();
        assertThat(published.cancelledCharges()).isEqualTo(1);
    }

    @Test
    void a_cancellation_sends_the_subscription_cancellation_notice_about_the_latest_charge_when_asked() {
        api.post(
                "/senders",
                Map.of(
                        "name", "Principal",
                        "host", "127.0.0.1",
                        "port", 2525,
                        "security", "NONE",
                        "fromAddress", "cobranca@provedor.com.br"));
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 2, 18));
        var charges = api.get("/charges?subscriptionId=" + id).json().get("items");
        String latest = charges.get(charges.size() - 1).get("id").asString();
        String other = newSubscriptionWithACharge();

        api.post("/subscriptions/" + id + "/cancellation", Map.of("notifyCustomer", true));
        api.post("/subscriptions/" + other + "/cancellation", Map.of("notifyCustomer", false));

        assertThat(api.get("/charges/" + latest + "/notifications").text()).contains("SUBSCRIPTION_CANCELLATION");
        String otherCharge = api.get("/charges?subscriptionId=" + other)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        assertThat(api.get("/charges/" + otherCharge + "/notifications").text())
                .as("notifyCustomer false: no notice")
                .doesNotContain("SUBSCRIPTION_CANCELLATION");
    }

    private String newSubscriptionWithACharge() {
        String other = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 21));
        return other;
    }

    @Test
    void a_deactivated_subscription_can_be_cancelled() {
        subscriptions.deactivate(tenant.id(), uuid(id), DeactivationReason.MAILBOX_FULL, UUID.randomUUID());

        Api.Response cancelled = api.post("/subscriptions/" + id + "/cancellation", "{\"notifyCustomer\": false}");

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
    }

    private static UUID uuid(String s) {
        return UUID.fromString(s);
    }
}
