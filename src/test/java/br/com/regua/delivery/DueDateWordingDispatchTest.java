package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.outbox.OutboxMessages;
import br.com.regua.shared.Channel;
import br.com.regua.shared.PageRequest;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An on-due SMS planned by the routine, rendered by the dispatcher and kept by the outbox provider:
 * what it says about the due date depends on the day it really goes out (product.md §3.4).
 */
class DueDateWordingDispatchTest extends IntegrationTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 3, 22);
    private static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 3, 20);
    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_on_due_sms_anticipated_to_the_friday_before_a_sunday_due_date_does_not_say_today_and_names_the_date() {
        Tenant tenant = newTenant();
        onDueSmsFor(tenant.api(), SUNDAY);

        String text = sendOn(tenant, FRIDAY_BEFORE);

        assertThat(text).doesNotContainIgnoringCase("hoje").contains("vence em 22/03/2026");
    }

    @Test
    void the_same_on_due_sms_sent_on_the_due_date_says_today() {
        Tenant tenant = newTenant();
        // EXACT: the account sends on the nominal date, the Sunday itself.
        tenant.api().put("/settings/calendar", Map.of("policy", "EXACT"));
        onDueSmsFor(tenant.api(), SUNDAY);

        String text = sendOn(tenant, SUNDAY);

        assertThat(text).contains("vence hoje, 22/03/2026");
    }

    @Test
    void an_on_due_sms_queued_on_friday_but_sent_on_the_due_date_says_today() {
        Tenant tenant = newTenant();
        onDueSmsFor(tenant.api(), SUNDAY);
        clock.setToday(FRIDAY_BEFORE);
        run(tenant.api(), FRIDAY_BEFORE);

        // The dispatcher was down over the weekend: the words are those of the day it goes out.
        clock.setToday(SUNDAY, LocalTime.of(9, 0));
        dispatcher.dispatchAll(tenant.id());

        assertThat(kept(tenant)).contains("vence hoje, 22/03/2026");
    }

    @Test
    void a_customer_name_with_accents_goes_as_gsm7_in_one_sms() {
        Tenant tenant = newTenant();
        var customer = Fixtures.aCustomer();
        customer.put("name", "João da Conceição");
        onDueSmsFor(tenant.api(), SUNDAY, customer);

        String text = sendOn(tenant, FRIDAY_BEFORE);

        assertThat(text).contains("Joao da Conceicao, sua fatura de R$ 159,90 vence em 22/03/2026.");
        assertThat(SmsSegments.of(text).encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
    }

    private void onDueSmsFor(Api api, LocalDate due) {
        onDueSmsFor(api, due, Fixtures.aCustomer());
    }

    private void onDueSmsFor(Api api, LocalDate due, Map<String, Object> customerBody) {
        clock.setToday(due.minusDays(20));
        api.post("/senders", Map.of("name", "SMS local", "channel", "SMS"));
        String method =
                api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        api.post("/payment-methods/" + method + "/rules", Map.of("trigger", "ON_DUE", "days", 0, "channel", "SMS"));
        String customer = api.post("/customers", customerBody).id();
        Api.Response charge = api.post("/charges", Fixtures.aCharge(customer, null, method, due));
        assertThat(charge.status()).as(charge.toString()).isEqualTo(201);
    }

    private String sendOn(Tenant tenant, LocalDate day) {
        clock.setToday(day);
        run(tenant.api(), day);
        dispatcher.dispatchAll(tenant.id());
        return kept(tenant);
    }

    private void run(Api api, LocalDate day) {
        String routine = api.post(
                        "/routines",
                        Map.of(
                                "name",
                                "SMS " + day,
                                "task",
                                "SEND_SMS",
                                "time",
                                "09:00",
                                "daysOfWeek",
                                EVERY_DAY,
                                "runOnHolidays",
                                true))
                .id();
        Api.Response run = api.post("/routines/" + routine + "/runs", Map.of("date", day.toString()));
        assertThat(run.status()).as(run.toString()).isLessThan(300);
        // The planner stamps a notice's first attempt with the database's now(), which the test
        // clock does not move back: due since the run, as it would be on that day.
        jdbc.sql("UPDATE notifications SET next_attempt_at = ? WHERE routine_run_id = ?")
                .params(Timestamp.from(clock.instant()), UUID.fromString(run.id()))
                .update();
    }

    private String kept(Tenant tenant) {
        var stored =
                outbox.list(tenant.id(), Channel.SMS, PageRequest.of(10, null)).items();
        assertThat(stored).hasSize(1);
        return stored.get(0).text();
    }
}
