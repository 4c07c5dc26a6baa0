package br.com.regua.fees;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.Dispatcher;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** §4.2: the price table, a ledger line per delivered message that costs, the monthly statement. */
class FeesTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    Tenant tenant;
    Api api;
    String method;
    String customer;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        api = tenant.api();
        api.post("/senders", Map.of("name", "SMS", "channel", "SMS"));
        api.post("/senders", Map.of("name", "WhatsApp", "channel", "WHATSAPP"));
        method = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        for (String channel : List.of("SMS", "WHATSAPP")) {
            api.post(
                    "/payment-methods/" + method + "/rules",
                    Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", channel));
        }
        customer = api.post("/customers", Fixtures.aCustomer()).id();
        api.put(
                "/customers/" + customer + "/notification-preferences",
                "{\"groups\": {\"BEFORE_DUE\": {\"CUSTOMER\": {\"SMS\": true, \"WHATSAPP\": true}}}}");
    }

    /** A charge whose SMS and WhatsApp notices are resent now and dispatched. */
    String aChargeNotifiedBySmsAndWhatsApp() {
        String charge = api.post(
                        "/charges",
                        Fixtures.aCharge(
                                customer, null, method, LocalDate.now(clock).plusDays(20)))
                .id();
        Api.Response resend =
                api.post("/charges/" + charge + "/resends", Map.of("channels", List.of("SMS", "WHATSAPP")));
        assertThat(resend.status()).as(resend.toString()).isEqualTo(201);
        dispatcher.dispatchAll(tenant.id());
        return charge;
    }

    @Test
    void the_price_table_starts_with_the_defaults_and_a_bad_price_is_refused_naming_it() {
        assertThat(api.get("/fees/prices").json().toString())
                .isEqualTo("{\"WHATSAPP\":35,\"SMS\":0,\"EMAIL\":0,\"LETTER_PAGE\":190}");

        Api.Response refused =
                api.put("/fees/prices", Map.of("WHATSAPP", -1, "SMS", 0, "EMAIL", 0, "LETTER_PAGE", 190));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields())
                .singleElement()
                .satisfies(f -> assertThat(f).isEqualToIgnoringCase("whatsapp"));
        Api.Response saved = api.put("/fees/prices", Map.of("WHATSAPP", 40, "SMS", 9, "EMAIL", 0, "LETTER_PAGE", 150));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(api.get("/fees/prices").json().get("SMS").asLong()).isEqualTo(9);
    }

    @Test
    void each_delivered_message_that_costs_has_one_ledger_line_and_the_statement_adds_them_up() {
        api.put("/fees/prices", Map.of("WHATSAPP", 35, "SMS", 10, "EMAIL", 0, "LETTER_PAGE", 190));

        String charge = aChargeNotifiedBySmsAndWhatsApp();

        var sent = jdbc.sql("SELECT id, channel FROM notifications WHERE account_id = ? AND charge_id = ?"
                        + " AND status = 'SENT' ORDER BY channel")
                .params(tenant.id(), UUID.fromString(charge))
                .query((rs, n) -> rs.getString(2))
                .list();
        assertThat(sent).containsExactly("SMS", "WHATSAPP");
        String month = LocalDate.now(clock).toString().substring(0, 7);
        JsonNode statement = api.get("/fees/statement?month=" + month).json();
        JsonNode lines = statement.get("lines").get("items");
        assertThat(lines).hasSize(2);
        long sum = 0;
        for (JsonNode line : lines) {
            assertThat(line.get("chargeId").asString()).isEqualTo(charge);
            sum += line.get("amount").asLong();
        }
        JsonNode sms = statement.get("totals").get("SMS");
        assertThat(sms.get("count").asLong()).isEqualTo(1);
        assertThat(sms.get("amount").asLong()).isEqualTo(10L * sms.get("units").asLong());
        assertThat(statement.get("totals").get("WHATSAPP").get("amount").asLong())
                .isEqualTo(35);
        assertThat(statement.get("totals").get("EMAIL").get("count").asLong()).isZero();
        assertThat(statement.get("total").asLong()).isEqualTo(sum);
        var csv = api.withHeader("Accept", "text/csv").get("/fees/statement?month=" + month);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text().lines()).hasSize(3).first().asString().startsWith("data;canal;");
        // another month has nothing
        assertThat(api.get("/fees/statement?month=2001-01").json().get("total").asLong())
                .isZero();
    }

    @Test
    void a_message_retried_before_it_is_delivered_is_billed_once() {
        String charge = aChargeNotifiedBySmsAndWhatsApp();
        // a second pass over the same (already SENT) notifications records nothing and bills nothing
        dispatcher.dispatchAll(tenant.id());

        Integer lines = jdbc.sql("SELECT count(*) FROM fee_ledger WHERE account_id = ? AND charge_id = ?")
                .params(tenant.id(), UUID.fromString(charge))
                .query(Integer.class)
                .single();
        assertThat(lines).isEqualTo(1); // WhatsApp at the default price; SMS is included (0)
        Integer sent = jdbc.sql("SELECT count(*) FROM notifications WHERE account_id = ? AND charge_id = ?"
                        + " AND status = 'SENT' AND channel = 'WHATSAPP'")
                .params(tenant.id(), UUID.fromString(charge))
                .query(Integer.class)
                .single();
        assertThat(sent).isEqualTo(lines);
    }

    @Test
    void a_month_that_is_not_a_month_is_refused_naming_it() {
        Api.Response refused = api.get("/fees/statement?month=novembro");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("month");
    }
}
