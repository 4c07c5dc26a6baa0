package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each check of product.md §3.6 failing on its own: nothing is queued and the plan counts the
 * candidate under that check's reason. The control case (nothing broken) queues one e-mail.
 */
class EligibilityChainTest extends IntegrationTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);
    /** BEFORE_DUE 5 of 10 December is Saturday 5, sent early on Friday 4. */
    static final LocalDate SEND = LocalDate.of(2026, 12, 4);

    @Autowired
    Planner planner;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    /** The last setup's charge, whose diagnosis must agree with the planner. */
    private Dunning lastDunning;

    private String lastCharge;

    /** Builds a dunning setup, breaks one thing, plans the send date, returns the pass. */
    private Dunning.Pass planWith(Consumer<Dunning> breakIt) {
        Dunning dunning = new Dunning(newTenant(), planner, notifications, jdbc);
        dunning.rule("BEFORE_DUE", 5, Channel.EMAIL);
        breakIt.accept(dunning);
        clock.setToday(SEND);
        lastDunning = dunning;
        return dunning.plan(SEND);
    }

    private Dunning.Pass planWithCharge(java.util.function.BiConsumer<Dunning, String> breakIt) {
        return planWith(d -> {
            lastCharge = d.charge(DUE);
            breakIt.accept(d, lastCharge);
        });
    }

    /** The planner skipped the candidate for this reason, and the diagnosis shows that check failed. */
    private void assertSkippedFor(Dunning.Pass pass, String reason) {
        assertThat(pass.queued()).isEmpty();
        assertThat(pass.result().queued()).isZero();
        assertThat(pass.result().evaluated()).isEqualTo(1);
        assertThat(pass.result().skipped()).containsExactly(Map.entry(reason, 1));

        Check check = java.util.Arrays.stream(Check.values())
                .filter(c -> c.skipReason().equals(reason))
                .findFirst()
                .orElseThrow();
        var diagnosis = lastDunning
                .api()
                .get("/charges/" + lastCharge + "/diagnosis?date=" + SEND)
                .json();
        var failed = new java.util.ArrayList<String>();
        diagnosis.get("checks").forEach(c -> {
            if (!c.get("passed").asBoolean()) failed.add(c.get("name").asString());
        });
        assertThat(failed).as(diagnosis.toString()).contains(check.name());
        diagnosis.get("checks").forEach(c -> {
            if (c.get("name").asString().equals(check.name())) {
                assertThat(c.get("detail").asString()).startsWith(check.failure());
                assertThat(c.get("fix").asString()).isEqualTo(check.fix());
                assertThat(c.get("link").asString()).startsWith("/");
            }
        });
    }

    @Test
    void with_nothing_broken_one_email_is_queued_and_every_check_but_the_routine_passes() {
        Dunning.Pass pass = planWithCharge((d, charge) -> {});
        var diagnosis = lastDunning
                .api()
                .get("/charges/" + lastCharge + "/diagnosis?date=" + SEND)
                .json();
        var failed = new java.util.ArrayList<String>();
        diagnosis.get("checks").forEach(c -> {
            if (!c.get("passed").asBoolean()) failed.add(c.get("name").asString());
        });
        assertThat(failed).containsExactly("ROUTINE_RAN"); // planned directly, not by a routine here
        assertThat(diagnosis.get("notifications")).hasSize(1);

        assertThat(pass.result().queued()).isEqualTo(1);
        assertThat(pass.result().skipped()).isEmpty();
        assertThat(pass.queued()).singleElement().satisfies(n -> {
            assertThat(n.trigger()).isEqualTo("BEFORE_DUE");
            assertThat(n.scheduledFor()).isEqualTo(SEND);
            assertThat(n.occurrenceDate()).isEqualTo(LocalDate.of(2026, 12, 5));
        });
    }

    @Test
    void a_paid_charge_is_skipped_as_not_open() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api().post("/charges/" + charge + "/payments", "{}")),
                "CHARGE_NOT_OPEN");
    }

    @Test
    void a_cancelled_charge_is_skipped_as_not_open() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api().post("/charges/" + charge + "/cancellation", "{}")),
                "CHARGE_NOT_OPEN");
    }

    @Test
    void an_inactive_rule_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> {
                    String rule = d.api()
                            .get("/payment-methods/" + d.paymentMethodId + "/rules")
                            .json()
                            .get("items")
                            .get(0)
                            .get("id")
                            .asString();
                    d.api().put("/payment-methods/" + d.paymentMethodId + "/rules/" + rule, Map.of("active", false));
                }),
                "RULE_INACTIVE");
    }

    @Test
    void a_customer_with_notifications_disabled_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> {
                    var body = Fixtures.aCustomer();
                    body.put("notificationsDisabled", true);
                    d.api().put("/customers/" + d.customerId, body);
                }),
                "CUSTOMER_NOTIFICATIONS_DISABLED");
    }

    @Test
    void a_customer_whose_preferences_refuse_the_group_and_channel_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api()
                        .put(
                                "/customers/" + d.customerId + "/notification-preferences",
                                Map.of("groups", Map.of("BEFORE_DUE", Map.of("CUSTOMER", Map.of("EMAIL", false)))))),
                "PREFERENCE_DISABLED");
    }

    @Test
    void a_cancelled_service_is_skipped_by_default() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api()
                        .put(
                                "/customers/" + d.customerId + "/services/" + d.serviceId,
                                Map.of("description", "Fibra", "status", "CANCELLED"))),
                "SERVICE_STATUS_NOT_ELIGIBLE");
    }

    @Test
    void an_inactive_service_is_skipped_by_default_but_a_suspended_one_is_not() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api()
                        .put(
                                "/customers/" + d.customerId + "/services/" + d.serviceId,
                                Map.of("description", "Fibra", "status", "INACTIVE"))),
                "SERVICE_STATUS_NOT_ELIGIBLE");
        Dunning.Pass suspended = planWithCharge((d, charge) -> d.api()
                .put(
                        "/customers/" + d.customerId + "/services/" + d.serviceId,
                        Map.of("description", "Fibra", "status", "SUSPENDED")));
        assertThat(suspended.result().queued()).isEqualTo(1);
    }

    @Test
    void a_service_that_does_not_allow_billing_email_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api()
                        .put(
                                "/customers/" + d.customerId + "/services/" + d.serviceId,
                                Map.of("description", "Fibra", "status", "ACTIVE", "allowBillingEmail", false))),
                "SERVICE_BLOCKS_CHANNEL");
    }

    @Test
    void a_contact_that_does_not_accept_email_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> {
                    String contact = d.api()
                            .get("/customers/" + d.customerId + "/contacts")
                            .json()
                            .get("items")
                            .get(0)
                            .get("id")
                            .asString();
                    d.api()
                            .put(
                                    "/customers/" + d.customerId + "/contacts/" + contact,
                                    Map.of("name", "Maria", "email", "maria@example.com", "allowEmail", false));
                }),
                "CONTACT_BLOCKS_CHANNEL");
    }

    @Test
    void a_customer_without_email_is_skipped_for_lack_of_address() {
        assertSkippedFor(
                planWithCharge((d, charge) -> {
                    var body = Fixtures.aCustomer();
                    body.remove("email");
                    d.api().put("/customers/" + d.customerId, body);
                }),
                "NO_ADDRESS");
    }

    @Test
    void a_suppressed_address_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.sql(
                        "INSERT INTO suppressions (account_id, channel, address, reason) VALUES (?, 'EMAIL', ?, 'HARD_BOUNCE')",
                        d.account(),
                        "maria@example.com")),
                "ADDRESS_SUPPRESSED");
    }

    @Test
    void without_an_active_sender_nothing_is_queued() {
        assertSkippedFor(
                planWithCharge(
                        (d, charge) -> d.api().post("/senders/" + d.senderId + "/activation", Map.of("active", false))),
                "NO_ACTIVE_SENDER");
    }

    @Test
    void a_service_with_notices_paused_until_after_the_send_date_is_skipped() {
        assertSkippedFor(
                planWithCharge((d, charge) -> d.api()
                        .put(
                                "/customers/" + d.customerId + "/services/" + d.serviceId,
                                Map.of(
                                        "description",
                                        "Fibra",
                                        "status",
                                        "ACTIVE",
                                        "pauseNoticesUntil",
                                        SEND.toString()))),
                "NOTICES_PAUSED");
    }

    @Test
    void a_charge_with_notices_paused_is_skipped_and_resumes_after_the_pause() {
        assertSkippedFor(
                planWithCharge((d, charge) ->
                        d.api().put("/charges/" + charge + "/notice-pause", Map.of("until", SEND.toString()))),
                "NOTICES_PAUSED");
        Dunning.Pass resumed = planWithCharge((d, charge) -> d.api()
                .put(
                        "/charges/" + charge + "/notice-pause",
                        Map.of("until", SEND.minusDays(1).toString())));
        assertThat(resumed.result().queued()).isEqualTo(1);
    }

    @Test
    void the_first_failing_check_in_the_chain_is_the_reason() {
        assertSkippedFor(
                planWithCharge((d, charge) -> {
                    d.api().post("/senders/" + d.senderId + "/activation", Map.of("active", false));
                    d.api()
                            .put(
                                    "/customers/" + d.customerId + "/services/" + d.serviceId,
                                    Map.of("description", "Fibra", "status", "CANCELLED"));
                }),
                "SERVICE_STATUS_NOT_ELIGIBLE");
    }

    @Test
    void every_contact_with_an_address_gets_its_own_notice_and_a_shared_address_is_no_second_contact() {
        Dunning.Pass pass = planWith(d -> {
            d.api()
                    .post(
                            "/customers/" + d.customerId + "/contacts",
                            Map.of("name", "Financeiro", "email", "financeiro@example.com"));
            assertThat(d.api()
                            .post(
                                    "/customers/" + d.customerId + "/contacts",
                                    Map.of("name", "Cópia", "email", "Maria@Example.com"))
                            .status())
                    .isEqualTo(409);
            d.api().post("/customers/" + d.customerId + "/contacts", Map.of("name", "Sem e-mail"));
            d.charge(DUE);
        });

        assertThat(pass.queued())
                .extracting(Notification::address)
                .containsExactlyInAnyOrder("maria@example.com", "financeiro@example.com");
        assertThat(pass.result().skipped()).containsOnly(Map.entry("NO_ADDRESS", 1));
        assertThat(pass.result().evaluated()).isEqualTo(3);
    }
}
