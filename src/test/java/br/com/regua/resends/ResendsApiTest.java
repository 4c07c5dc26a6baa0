package br.com.regua.resends;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Seed 003's "Reenviar", every rule of product.md §4.1 (issue 10 item 1). */
class ResendsApiTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    Api api;
    String customer;
    String method;
    String beforeDueEmail;
    String beforeDueSms;
    String afterDueEmail;

    @BeforeEach
    void setUp() {
        clock.setToday(TODAY);
        tenant = newTenant();
        api = tenant.api();
        api.post(
                "/senders",
                Map.of(
                        "name",
                        "Principal",
                        "host",
                        "127.0.0.1",
                        "port",
                        2525,
                        "fromAddress",
                        "cobranca@provedor.com.br"));
        api.post("/senders", Map.of("name", "SMS", "channel", "SMS"));
        method = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        String rules = "/payment-methods/" + method + "/rules";
        beforeDueEmail = api.post(rules, Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", "EMAIL"))
                .id();
        beforeDueSms = api.post(rules, Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", "SMS"))
                .id();
        afterDueEmail = api.post(rules, Map.of("trigger", "AFTER_DUE", "days", 3, "channel", "EMAIL"))
                .id();
        customer = api.post("/customers", Fixtures.aCustomer()).id();
        api.put(
                "/customers/" + customer + "/notification-preferences",
                "{\"groups\": {\"BEFORE_DUE\": {\"CUSTOMER\": {\"SMS\": true}}}}");
    }

    String charge(LocalDate due) {
        return api.post("/charges", Fixtures.aCharge(customer, null, method, due))
                .id();
    }

    /** What the dispatcher would do: every notification of the tenant's resends ends SENT. */
    void sendEverything() {
        jdbc.sql("UPDATE notifications SET status = 'SENT' WHERE account_id = ? AND resend_id IS NOT NULL"
                        + " AND status IN ('QUEUED', 'SENDING')")
                .param(tenant.id())
                .update();
    }

    @Test
    void a_pending_charge_resends_its_before_due_notices_now_with_the_highest_priority() {
        String charge = charge(TODAY.plusDays(20));

        Api.Response resend = api.post("/charges/" + charge + "/resends", "{}");

        assertThat(resend.status()).as(resend.toString()).isEqualTo(201);
        assertThat(resend.field("status")).isEqualTo("PENDING");
        assertThat(resend.field("group")).isEqualTo("BEFORE_DUE");
        assertThat(channels(resend.json())).containsExactly("EMAIL", "SMS");
        assertThat(resend.json().get("remaining").get("EMAIL").asInt()).isEqualTo(99);
        assertThat(resend.json().get("remaining").get("SMS").asInt()).isZero();
        var queued = jdbc.sql("SELECT rule_id, channel, priority, scheduled_for, status FROM notifications"
                        + " WHERE account_id = ? AND resend_id = ? ORDER BY channel")
                .params(tenant.id(), UUID.fromString(resend.id()))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " "
                        + rs.getObject(4, LocalDate.class) + " " + rs.getString(5))
                .list();
        assertThat(queued)
                .containsExactly(
                        beforeDueEmail + " EMAIL 0 " + TODAY + " QUEUED", beforeDueSms + " SMS 0 " + TODAY + " QUEUED");
        assertThat(api.get("/charges/" + charge + "/resends").json().get("items"))
                .hasSize(1);
    }

    @Test
    void an_overdue_charge_resends_its_overdue_group_the_rules_after_due_and_the_overdue_notice() {
        String charge = charge(TODAY.minusDays(10));
        assertThat(api.get("/charges/" + charge).field("status")).isEqualTo("OVERDUE");

        Api.Response resend = api.post("/charges/" + charge + "/resends", "{}");

        assertThat(resend.status()).as(resend.toString()).isEqualTo(201);
        assertThat(resend.field("group")).isEqualTo("OVERDUE");
        List<String> sources = new ArrayList<>();
        jdbc.sql("SELECT trigger FROM notifications WHERE account_id = ? AND resend_id = ? ORDER BY trigger")
                .params(tenant.id(), UUID.fromString(resend.id()))
                .query(String.class)
                .list()
                .forEach(sources::add);
        assertThat(sources).containsExactly("AFTER_DUE", "OVERDUE_NOTICE");
        assertThat(channels(resend.json())).containsExactly("EMAIL");
        assertThat(resend.json().get("remaining").get("SMS").asInt()).isEqualTo(1);
    }

    @Test
    void a_resend_is_refused_while_another_of_the_charge_is_waiting_or_being_sent() {
        String charge = charge(TODAY.plusDays(20));
        api.post("/charges/" + charge + "/resends", "{}");

        Api.Response again = api.post("/charges/" + charge + "/resends", "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("rule")).isEqualTo("RESEND_IN_PROGRESS");
        assertThat(again.field("detail")).contains("Já há um reenvio desta cobrança");
        jdbc.sql("UPDATE notifications SET status = 'SENDING' WHERE account_id = ? AND resend_id IS NOT NULL")
                .param(tenant.id())
                .update();
        assertThat(api.post("/charges/" + charge + "/resends", "{}").field("rule"))
                .isEqualTo("RESEND_IN_PROGRESS");
        sendEverything();
        assertThat(api.post("/charges/" + charge + "/resends", "{}").status()).isEqualTo(201);
    }

    @Test
    void once_the_sms_is_spent_a_resend_sends_the_e_mail_only_and_says_so() {
        String charge = charge(TODAY.plusDays(20));
        api.post("/charges/" + charge + "/resends", "{}");
        sendEverything();

        Api.Response second = api.post("/charges/" + charge + "/resends", "{}");

        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(channels(second.json())).containsExactly("EMAIL");
        assertThat(second.json().get("notes").get(0).asString()).contains("SMS desta cobrança já foi reenviado");
        assertThat(second.json().get("remaining").get("EMAIL").asInt()).isEqualTo(98);
        sendEverything();
        Api.Response smsOnly = api.post("/charges/" + charge + "/resends", Map.of("channels", List.of("SMS")));
        assertThat(smsOnly.status()).isEqualTo(409);
        assertThat(smsOnly.field("rule")).isEqualTo("RESEND_LIMIT");
        assertThat(smsOnly.field("detail")).contains("o SMS desta cobrança já foi reenviado (limite de 1)");
    }

    @Test
    void the_hundred_and_first_e_mail_resend_is_refused_naming_the_limit() {
        String charge = charge(TODAY.plusDays(20));
        for (int i = 1; i <= 100; i++) {
            Api.Response resend = api.post("/charges/" + charge + "/resends", Map.of("channels", List.of("EMAIL")));
            assertThat(resend.status()).as("resend %d: %s", i, resend).isEqualTo(201);
            sendEverything();
        }

        Api.Response refused = api.post("/charges/" + charge + "/resends", Map.of("channels", List.of("EMAIL")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("rule")).isEqualTo("RESEND_LIMIT");
        assertThat(refused.field("detail")).contains("100 reenvios por e-mail");
        Api.Response sms = api.post("/charges/" + charge + "/resends", "{}");
        assertThat(sms.status()).as("the SMS is still there").isEqualTo(201);
        assertThat(channels(sms.json())).containsExactly("SMS");
    }

    @Test
    void a_paid_or_cancelled_charge_is_not_resent() {
        String paid = charge(TODAY.plusDays(20));
        String cancelled = charge(TODAY.plusDays(20));
        api.post("/charges/" + paid + "/payments", Map.of("notifyCustomer", false));
        api.post("/charges/" + cancelled + "/cancellation", Map.of("notifyCustomer", false));

        for (String charge : List.of(paid, cancelled)) {
            Api.Response refused = api.post("/charges/" + charge + "/resends", "{}");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.field("rule")).isEqualTo("CHARGE_NOT_OPEN");
            assertThat(refused.field("detail")).contains("Só cobranças pendentes ou vencidas");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM charge_resends WHERE account_id = ?")
                        .param(tenant.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_charge_without_an_active_notice_of_its_group_is_refused_and_spends_nothing() {
        api.put("/payment-methods/" + method + "/rules/" + beforeDueEmail, Map.of("active", false));
        api.put("/payment-methods/" + method + "/rules/" + beforeDueSms, Map.of("active", false));
        String charge = charge(TODAY.plusDays(20));

        Api.Response refused = api.post("/charges/" + charge + "/resends", "{}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.field("rule")).isEqualTo("NOTHING_TO_RESEND");
        assertThat(api.get("/charges/" + charge + "/resends").json().get("items"))
                .isEmpty();
    }

    @Test
    void another_accounts_charge_is_404_and_a_bad_channel_is_400() {
        String charge = charge(TODAY.plusDays(20));
        Api intruder = newAccount();

        assertThat(intruder.post("/charges/" + charge + "/resends", "{}").status())
                .isEqualTo(404);
        assertThat(intruder.get("/charges/" + charge + "/resends").status()).isEqualTo(404);
        Api.Response bad = api.post("/charges/" + charge + "/resends", Map.of("channels", List.of("FAX")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).anyMatch(f -> f.startsWith("channels"));
    }

    private static List<String> channels(JsonNode resend) {
        List<String> channels = new ArrayList<>();
        resend.get("channels").forEach(c -> channels.add(c.asString()));
        return channels;
    }
}
