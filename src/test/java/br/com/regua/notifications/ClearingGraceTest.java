package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * "Carência de compensação" (issue 11 item 5): a payment method's after-due and overdue notices
 * wait its clearing grace, in business days after the first overdue day, for the bank to confirm
 * a payment made on the due date; the diagnosis names the grace while it holds a notice back.
 */
class ClearingGraceTest extends IntegrationTest {

    Api api;
    String method;
    String customer;
    String routine;

    @BeforeEach
    void merchant() {
        api = newAccount();
        String sender = api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", 2525,
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br"))
                .id();
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("senderId", sender);
        body.put("clearingGraceDays", 2);
        method = api.post("/payment-methods", body).id();
        api.post(
                "/payment-methods/" + method + "/rules", Map.of("trigger", "AFTER_DUE", "days", 1, "channel", "EMAIL"));
        customer = api.post("/customers", Fixtures.aCustomer()).id();
        routine = api.post(
                        "/routines",
                        Map.of(
                                "name",
                                "E-mails",
                                "task",
                                "SEND_EMAIL",
                                "time",
                                "08:00",
                                "daysOfWeek",
                                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                                "runOnHolidays",
                                false))
                .id();
    }

    String charge(LocalDate due) {
        return api.post("/charges", Fixtures.aCharge(customer, null, method, due))
                .id();
    }

    JsonNode run(String date) {
        Api.Response run = api.post("/routines/" + routine + "/runs", Map.of("date", date));
        assertThat(run.field("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run.json();
    }

    @Test
    void after_due_and_overdue_notices_wait_the_grace_in_business_days_after_the_first_overdue_day() {
        charge(LocalDate.of(2021, 3, 1)); // Monday: overdue from Tuesday 02/03

        assertThat(run("2021-03-02").get("queued").asInt()).isZero();
        assertThat(run("2021-03-03").get("queued").asInt()).isZero();
        // two business days after Tuesday: Thursday, the after-due notice and the overdue notice
        assertThat(run("2021-03-04").get("queued").asInt()).isEqualTo(2);
    }

    @Test
    void the_grace_counts_business_days_so_a_weekend_does_not_shorten_it() {
        api.put("/payment-methods/" + method, Map.of("name", "Boleto Banco do Brasil", "clearingGraceDays", 1));
        charge(LocalDate.of(2021, 3, 4)); // Thursday: overdue from Friday 05/03; one business day more: Monday

        assertThat(run("2021-03-05").get("queued").asInt()).isZero();
        assertThat(run("2021-03-08").get("queued").asInt()).isEqualTo(2);
    }

    @Test
    void a_charge_the_bank_confirms_as_paid_during_the_grace_gets_no_overdue_notice() {
        String charge = charge(LocalDate.of(2021, 3, 1));
        run("2021-03-02");
        api.post("/charges/" + charge + "/payments", Map.of("paidAt", "2021-03-01", "amount", 15990));

        JsonNode run = run("2021-03-04");

        assertThat(run.get("queued").asInt()).isZero();
        assertThat(run.get("skipped").get("CHARGE_NOT_OPEN").asInt()).isEqualTo(2);
    }

    @Test
    void the_diagnosis_names_the_grace_while_it_holds_a_notice_back() {
        String charge = charge(LocalDate.of(2021, 3, 1));

        JsonNode diagnosis =
                api.get("/charges/" + charge + "/diagnosis?date=2021-03-02").json();

        JsonNode grace = null;
        for (JsonNode check : diagnosis.get("checks")) {
            if (check.get("name").asText().equals("CLEARING_GRACE")) grace = check;
        }
        assertThat(grace).as(diagnosis.toString()).isNotNull();
        assertThat(grace.get("passed").asBoolean()).isFalse();
        assertThat(grace.get("detail").asText()).contains("2 dia(s) útil(eis)", "sai em 04/03/2021");
        assertThat(api.get("/charges/" + charge + "/diagnosis?date=2021-03-04").text())
                .doesNotContain("CLEARING_GRACE");
    }

    @Test
    void without_a_grace_the_overdue_notice_goes_one_day_after_the_due_date_as_seed_000_says() {
        api.put("/payment-methods/" + method, Map.of("name", "Boleto Banco do Brasil", "clearingGraceDays", 0));
        charge(LocalDate.of(2021, 3, 1));

        assertThat(run("2021-03-02").get("queued").asInt()).isEqualTo(2);
    }

    @Test
    void a_grace_out_of_range_is_refused_naming_the_field() {
        Api.Response refused = api.put(
                "/payment-methods/" + method, Map.of("name", "Boleto Banco do Brasil", "clearingGraceDays", 11));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("clearingGraceDays");
        assertThat(api.get("/payment-methods/" + method)
                        .json()
                        .get("clearingGraceDays")
                        .asInt())
                .isEqualTo(2);
    }
}
