package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A notice queued by the planner and changed before it goes (held back by a rate limit, a retry):
 * every link of the eligibility chain is checked again right before sending, and a notice that
 * fails one ends SKIPPED with the planner's own reason, and nothing is sent.
 */
class RecheckBeforeSendingTest extends IntegrationTest {

    /** Far enough ahead to cover "today" whenever the suite runs. */
    static final String PAUSED_UNTIL = "2099-12-31";

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;
    String customer;
    String service;
    String charge;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(api(), smtp.port());
        customer = api().post("/customers", Fixtures.aCustomer()).id();
        service = api().post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
        charge = dunning.charge(customer, service);
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    /** Seed 002's AFTER_DUE 13 notice, queued for 05/03/2021. */
    void planned() {
        dunning.runRoutine("2021-03-05");
        assertThat(only().status()).isEqualTo(NotificationStatus.QUEUED);
    }

    Notification only() {
        List<Notification> all = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    void dispatchedIsSkippedBecause(String reason) {
        dispatcher.dispatchAll();
        Notification notice = only();
        assertThat(notice.status()).as(notice.toString()).isEqualTo(NotificationStatus.SKIPPED);
        assertThat(notice.statusReason()).isEqualTo(reason);
        assertThat(smtp.received()).isEmpty();
    }

    void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    void changeService(String key, Object value) {
        Map<String, Object> body = new HashMap<>(Fixtures.aService());
        body.put(key, value);
        ok(api().put("/customers/" + customer + "/services/" + service, body));
    }

    String rule() {
        return api().get("/payment-methods/" + dunning.method() + "/rules")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asText();
    }

    @Test
    void a_notice_the_preference_matrix_switched_off_after_planning_is_skipped_at_send_time() {
        planned();
        ok(api().put(
                        "/customers/" + customer + "/notification-preferences",
                        "{\"groups\": {\"OVERDUE\": {\"CUSTOMER\": {\"EMAIL\": false}}}}"));

        dispatchedIsSkippedBecause("PREFERENCE_DISABLED");
    }

    @Test
    void a_notice_whose_service_was_paused_after_planning_is_skipped_at_send_time() {
        planned();
        changeService("pauseNoticesUntil", PAUSED_UNTIL);

        dispatchedIsSkippedBecause("NOTICES_PAUSED");
    }

    @Test
    void a_notice_whose_charge_was_paused_after_planning_is_skipped_at_send_time() {
        planned();
        ok(api().put("/charges/" + charge + "/notice-pause", Map.of("until", PAUSED_UNTIL)));

        dispatchedIsSkippedBecause("NOTICES_PAUSED");
    }

    @Test
    void a_notice_whose_service_status_became_ineligible_after_planning_is_skipped_at_send_time() {
        planned();
        changeService("status", "CANCELLED");

        dispatchedIsSkippedBecause("SERVICE_STATUS_NOT_ELIGIBLE");
    }

    @Test
    void a_notice_whose_service_stopped_billing_by_email_after_planning_is_skipped_at_send_time() {
        planned();
        changeService("allowBillingEmail", false);

        dispatchedIsSkippedBecause("SERVICE_BLOCKS_CHANNEL");
    }

    @Test
    void a_notice_whose_rule_was_deactivated_after_planning_is_skipped_at_send_time() {
        planned();
        ok(api().put("/payment-methods/" + dunning.method() + "/rules/" + rule(), Map.of("active", false)));

        dispatchedIsSkippedBecause("RULE_INACTIVE");
    }

    @Test
    void a_notice_whose_rule_was_removed_after_planning_is_skipped_at_send_time() {
        planned();
        ok(api().send("DELETE", "/payment-methods/" + dunning.method() + "/rules/" + rule(), null));

        dispatchedIsSkippedBecause("RULE_INACTIVE");
    }

    @Test
    void an_overdue_notice_whose_event_switch_was_turned_off_after_planning_is_skipped_at_send_time() {
        ok(api().put("/settings/email-events", Map.of("overdueNotice", true)));
        ok(api().send("DELETE", "/payment-methods/" + dunning.method() + "/rules/" + rule(), null));
        // Due 20/02/2021, a Saturday: effectively due on Monday 22, overdue notice on Tuesday 23.
        dunning.runRoutine("2021-02-23");
        assertThat(only().trigger()).isEqualTo("OVERDUE_NOTICE");
        ok(api().put("/settings/email-events", Map.of("overdueNotice", false)));

        dispatchedIsSkippedBecause("RULE_INACTIVE");
    }

    @Test
    void a_notice_to_an_address_the_merchant_corrected_after_planning_is_skipped_at_send_time() {
        planned();
        Map<String, Object> corrected = new HashMap<>(Fixtures.aCustomer());
        corrected.put("email", "maria.silva@example.com");
        ok(api().put("/customers/" + customer, corrected));

        dispatchedIsSkippedBecause("CONTACT_ADDRESS_CHANGED");
    }
}
