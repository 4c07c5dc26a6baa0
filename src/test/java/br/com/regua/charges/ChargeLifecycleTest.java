package br.com.regua.charges;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChargeLifecycleTest extends IntegrationTest {

    @Autowired
    Charges charges;

    Billing billing;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2026, 11, 10));
        billing = Billing.in(newAccount());
    }

    @Test
    void a_charge_due_in_the_future_is_pending_with_its_effective_due_date() {
        Api.Response charge = billing.charge(LocalDate.of(2026, 11, 21)); // a Saturday

        assertThat(charge.status()).isEqualTo(201);
        assertThat(charge.field("status")).isEqualTo("PENDING");
        assertThat(charge.field("dueDate")).isEqualTo("2026-11-21");
        assertThat(charge.field("effectiveDueDate")).isEqualTo("2026-11-23");
        assertThat(charge.json().get("amount").asLong()).isEqualTo(15990);
        assertThat(billing.api().get("/charges/" + charge.id()).field("status")).isEqualTo("PENDING");
    }

    @Test
    void a_charge_due_on_a_holiday_is_effectively_due_on_the_next_business_day() {
        Api.Response charge = billing.charge(LocalDate.of(2026, 11, 20)); // Consciência Negra, a Friday

        assertThat(charge.field("effectiveDueDate")).isEqualTo("2026-11-23");
    }

    @Test
    void a_past_due_charge_is_imported_as_overdue() {
        Api.Response charge = billing.charge(LocalDate.of(2021, 2, 20));

        assertThat(charge.status()).isEqualTo(201);
        assertThat(charge.field("status")).isEqualTo("OVERDUE");
        assertThat(charge.field("effectiveDueDate")).isEqualTo("2021-02-22");
    }

    @Test
    void a_charge_due_on_saturday_becomes_overdue_only_after_the_following_monday() {
        String id = billing.charge(LocalDate.of(2026, 11, 21)).id();

        clock.setToday(LocalDate.of(2026, 11, 23), java.time.LocalTime.of(23, 59));
        charges.markOverdue();
        assertThat(billing.api().get("/charges/" + id).field("status")).isEqualTo("PENDING");

        clock.setToday(LocalDate.of(2026, 11, 24), java.time.LocalTime.of(0, 1));
        charges.markOverdue();
        assertThat(billing.api().get("/charges/" + id).field("status")).isEqualTo("OVERDUE");
    }

    @Test
    void a_pending_charge_can_be_paid() {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();

        Api.Response paid = billing.api()
                .post(
                        "/charges/" + id + "/payments",
                        Map.of("paidAt", "2026-11-09", "amount", 15990, "notifyCustomer", true));

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.field("status")).isEqualTo("PAID");
        assertThat(paid.field("paidAt")).isEqualTo("2026-11-09");
        assertThat(paid.json().get("paidAmount").asLong()).isEqualTo(15990);
    }

    @Test
    void an_overdue_charge_can_be_paid() {
        String id = billing.charge(LocalDate.of(2021, 2, 20)).id();

        Api.Response paid = billing.api().post("/charges/" + id + "/payments", Map.of("paidAt", "2021-02-25"));

        assertThat(paid.field("status")).isEqualTo("PAID");
        assertThat(paid.json().get("paidAmount").asLong()).isEqualTo(15990);
    }

    @Test
    void a_payment_without_a_body_is_dated_today_for_the_full_amount() {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();

        Api.Response paid = billing.api().post("/charges/" + id + "/payments", null);

        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.field("paidAt")).isEqualTo("2026-11-10");
    }

    @Test
    void a_pending_charge_can_be_cancelled() {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();

        Api.Response cancelled =
                billing.api().post("/charges/" + id + "/cancellation", Map.of("notifyCustomer", false));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.field("cancelledAt")).isNotNull();
    }

    @Test
    void an_overdue_charge_can_be_cancelled() {
        String id = billing.charge(LocalDate.of(2021, 2, 20)).id();

        assertThat(billing.api().post("/charges/" + id + "/cancellation", "{}").field("status"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void a_paid_charge_can_be_neither_paid_again_nor_cancelled() {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();
        billing.api().post("/charges/" + id + "/payments", "{}");

        Api.Response payAgain = billing.api().post("/charges/" + id + "/payments", "{}");
        Api.Response cancel = billing.api().post("/charges/" + id + "/cancellation", "{}");

        assertThat(payAgain.status()).isEqualTo(409);
        assertThat(payAgain.field("detail")).contains("PAID");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(billing.api().get("/charges/" + id).field("status")).isEqualTo("PAID");
    }

    @Test
    void a_cancelled_charge_can_be_neither_paid_nor_cancelled_again() {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();
        billing.api().post("/charges/" + id + "/cancellation", "{}");

        assertThat(billing.api().post("/charges/" + id + "/payments", "{}").status())
                .isEqualTo(409);
        assertThat(billing.api().post("/charges/" + id + "/cancellation", "{}").status())
                .isEqualTo(409);
        assertThat(billing.api().get("/charges/" + id).field("status")).isEqualTo("CANCELLED");
    }

    @Test
    void two_racing_payments_of_one_charge_confirm_it_once() throws Exception {
        String id = billing.charge(LocalDate.of(2026, 11, 30)).id();

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        var answers = new java.util.ArrayList<java.util.concurrent.Future<Api.Response>>();
        for (int i = 0; i < 4; i++) {
            answers.add(pool.submit(() -> billing.api().post("/charges/" + id + "/payments", "{}")));
        }
        var statuses = new java.util.ArrayList<Integer>();
        for (var answer : answers) statuses.add(answer.get().status());
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }

    @Test
    void a_service_of_another_customer_is_refused() {
        String other = billing.api()
                .post("/customers", br.com.regua.testing.Fixtures.aCustomer())
                .id();
        var body = br.com.regua.testing.Fixtures.aCharge(
                other, billing.serviceId(), billing.paymentMethodId(), LocalDate.of(2026, 12, 1));

        Api.Response refused = billing.api().post("/charges", body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFields()).containsExactly("serviceId");
    }

    @Test
    void charges_are_listed_by_customer_and_status() {
        String pending = billing.charge(LocalDate.of(2026, 11, 30)).id();
        String overdue = billing.charge(LocalDate.of(2021, 2, 20)).id();

        var overdueOnly = billing.api().get("/charges?status=OVERDUE&customerId=" + billing.customerId());
        var all = billing.api().get("/charges?customerId=" + billing.customerId());

        assertThat(overdueOnly.json().get("items")).hasSize(1);
        assertThat(overdueOnly.json().get("items").get(0).get("id").asString()).isEqualTo(overdue);
        assertThat(all.json().get("items")).hasSize(2);
        assertThat(all.text()).contains(pending);
    }
}
