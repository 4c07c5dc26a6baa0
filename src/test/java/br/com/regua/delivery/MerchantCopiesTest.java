package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.outbox.OutboxMessages;
import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.shared.Channel;
import br.com.regua.shared.PageRequest;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Seed 003's "Para mim" column: the merchant gets its own copy of a customer's notice wherever the
 * customer's matrix has that cell on, through a real SMTP server (and the SMS outbox), with its own
 * idempotency key; a cell that is off plans nothing and counts no skip.
 */
class MerchantCopiesTest extends IntegrationTest {

    static final String MERCHANT = "financeiro@provedor.com.br";

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages outbox;

    SmtpServer smtp;
    Tenant tenant;
    Api api;
    SmtpDunning dunning;

    @BeforeEach
    void merchant() {
        smtp = new SmtpServer();
        tenant = newTenant("Provedor Exemplo");
        api = tenant.api();
        dunning = SmtpDunning.at(api, smtp.port(), false);
        api.put("/settings/account", Map.of("name", "Provedor Exemplo", "notificationEmail", MERCHANT));
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    String customer(String email) {
        var body = Fixtures.aCustomer();
        body.put("email", email);
        return api.post("/customers", body).id();
    }

    void cell(String customer, String group, String channel, boolean on) {
        Api.Response r = api.put(
                "/customers/" + customer + "/notification-preferences",
                Map.of("groups", Map.of(group, Map.of("MERCHANT", Map.of(channel, on)))));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    String charge(String customer, LocalDate due) {
        return api.post("/charges", Fixtures.aCharge(customer, null, dunning.method(), due))
                .id();
    }

    JsonNode run(String date) {
        Api.Response run = api.post("/routines/" + dunning.routine() + "/runs", Map.of("date", date));
        assertThat(run.field("status")).as(run.toString()).isEqualTo("COMPLETED");
        return run.json();
    }

    List<Notification> of(String charge) {
        return notifications.forCharge(tenant.id(), UUID.fromString(charge));
    }

    MimeMessage mailTo(String address) {
        return smtp.received().stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no e-mail to " + address + " in " + smtp.received()));
    }

    @Test
    void seed_003_an_overdue_para_mim_cell_e_mails_the_merchant_a_marked_copy_beside_the_customers_notice()
            throws Exception {
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "EMAIL", true);
        String charge = charge(customer, LocalDate.of(2021, 2, 20));

        JsonNode run = run("2021-03-05");

        assertThat(run.get("queued").asInt()).isEqualTo(2);
        assertThat(run.get("evaluated").asInt()).isEqualTo(2);
        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(2);
        MimeMessage toCustomer = mailTo("maria@example.com");
        MimeMessage toMerchant = mailTo(MERCHANT);
        assertThat(toMerchant.getSubject()).isEqualTo("[Cópia] " + toCustomer.getSubject());
        String text = DispatchTest.bodyOf(toMerchant);
        assertThat(text).contains("Cópia para você do aviso ao seu cliente Maria Silva", "R$ 159,90");
        assertThat(DispatchTest.bodyOf(toCustomer)).doesNotContain("Cópia do aviso");
        assertThat(of(charge))
                .extracting(Notification::recipient, Notification::address, Notification::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CUSTOMER", "maria@example.com", NotificationStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple("MERCHANT", MERCHANT, NotificationStatus.SENT));
        // a second pass over the same date queues neither again
        assertThat(run("2021-03-05").get("queued").asInt()).isZero();
    }

    @Test
    void a_para_mim_cell_that_is_off_plans_no_copy_and_counts_no_skip() {
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "EMAIL", false);
        cell(customer, "PAID", "EMAIL", true); // another group's cell on: nothing for this notice
        String charge = charge(customer, LocalDate.of(2021, 2, 20));

        JsonNode run = run("2021-03-05");

        assertThat(run.get("evaluated").asInt()).isEqualTo(1);
        assertThat(run.get("queued").asInt()).isEqualTo(1);
        assertThat(run.get("skipped").size()).isZero();
        assertThat(of(charge)).extracting(Notification::recipient).containsExactly("CUSTOMER");
    }

    @Test
    void a_before_due_para_mim_cell_copies_the_due_date_warning() throws Exception {
        api.post(
                "/payment-methods/" + dunning.method() + "/rules",
                Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", "EMAIL"));
        String customer = customer("maria@example.com");
        cell(customer, "BEFORE_DUE", "EMAIL", true);
        charge(customer, LocalDate.of(2021, 2, 22)); // Monday: warned on Wednesday 17/02

        assertThat(run("2021-02-17").get("queued").asInt()).isEqualTo(2);
        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(2);
        assertThat(mailTo(MERCHANT).getSubject()).startsWith("[Cópia] ");
    }

    @Test
    void a_paid_para_mim_cell_copies_the_payment_confirmation_even_with_the_customers_own_cell_off() {
        String customer = customer("maria@example.com");
        cell(customer, "PAID", "EMAIL", true);
        api.put(
                "/customers/" + customer + "/notification-preferences",
                Map.of("groups", Map.of("PAID", Map.of("CUSTOMER", Map.of("EMAIL", false)))));
        String charge = charge(customer, LocalDate.now(clock).plusDays(10));

        Api.Response paid = api.post(
                "/charges/" + charge + "/payments",
                Map.of("paidAt", LocalDate.now(clock).toString(), "amount", 15990, "notifyCustomer", true));

        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(dispatcher.dispatchAll(tenant.id())).isEqualTo(1);
        assertThat(smtp.received())
                .singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).contains(MERCHANT));
        assertThat(of(charge))
                .filteredOn(n -> n.source().equals("PAYMENT_CONFIRMATION"))
                .extracting(Notification::recipient, Notification::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MERCHANT", NotificationStatus.SENT));
    }

    @Test
    void the_merchants_copy_has_its_own_idempotency_key_even_at_the_customers_own_address() {
        String customer = customer(MERCHANT); // the merchant bills itself, say
        cell(customer, "OVERDUE", "EMAIL", true);
        String charge = charge(customer, LocalDate.of(2021, 2, 20));

        assertThat(run("2021-03-05").get("queued").asInt()).isEqualTo(2);

        assertThat(of(charge)).extracting(Notification::recipient).containsExactlyInAnyOrder("CUSTOMER", "MERCHANT");
        assertThat(of(charge)).extracting(Notification::idempotencyKey).doesNotHaveDuplicates();
    }

    @Test
    void a_copy_for_a_merchant_without_a_notification_e_mail_is_skipped_for_want_of_an_address() {
        api.put("/settings/account", Map.of("name", "Provedor Exemplo"));
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "EMAIL", true);
        charge(customer, LocalDate.of(2021, 2, 20));

        JsonNode run = run("2021-03-05");

        assertThat(run.get("queued").asInt()).isEqualTo(1);
        assertThat(run.get("skipped").get("NO_ADDRESS").asInt()).isEqualTo(1);
    }

    @Test
    void a_cell_switched_off_after_planning_stops_the_queued_copy_right_before_sending() {
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "EMAIL", true);
        String charge = charge(customer, LocalDate.of(2021, 2, 20));
        run("2021-03-05");

        cell(customer, "OVERDUE", "EMAIL", false);
        dispatcher.dispatchAll(tenant.id());

        assertThat(smtp.received())
                .singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).contains("maria@example.com"));
        assertThat(of(charge))
                .filteredOn(n -> n.recipient().equals("MERCHANT"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.status()).isEqualTo(NotificationStatus.SKIPPED);
                    assertThat(n.statusReason()).isEqualTo("PREFERENCE_DISABLED");
                });
    }

    @Test
    void the_diagnosis_shows_the_merchants_copy_among_the_planned_notices() {
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "EMAIL", true);
        String charge = charge(customer, LocalDate.of(2021, 2, 20));

        JsonNode schedule = api.get("/charges/" + charge + "/diagnosis?date=2021-03-05")
                .json()
                .get("schedule");

        List<String> recipients = new java.util.ArrayList<>();
        schedule.forEach(p -> recipients.add(
                p.get("recipient").asText() + " " + p.get("address").asText()));
        // every after-due notice of the customer, and its copy beside it
        assertThat(recipients).contains("CUSTOMER maria@example.com", "MERCHANT " + MERCHANT);
        assertThat(recipients.stream().filter(r -> r.startsWith("MERCHANT ")).count())
                .isEqualTo(recipients.stream()
                        .filter(r -> r.startsWith("CUSTOMER "))
                        .count());
    }

    @Test
    void an_sms_para_mim_cell_texts_the_merchants_mobile_through_the_sms_outbox() {
        var settings = new HashMap<String, Object>();
        settings.put("name", "Provedor Exemplo");
        settings.put("notificationEmail", MERCHANT);
        settings.put("notificationMobile", "(11) 97777-6666");
        Api.Response saved = api.put("/settings/account", settings);
        assertThat(saved.field("notificationMobile")).isEqualTo("+5511977776666");
        api.post("/senders", Map.of("name", "SMS local", "channel", "SMS"));
        api.post(
                "/payment-methods/" + dunning.method() + "/rules",
                Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "SMS"));
        String routine = api.post(
                        "/routines",
                        Map.of(
                                "name", "SMS",
                                "task", "SEND_SMS",
                                "time", "09:00",
                                "daysOfWeek", List.of("FRIDAY"),
                                "runOnHolidays", true))
                .id();
        String customer = customer("maria@example.com");
        cell(customer, "OVERDUE", "SMS", true);
        String charge = charge(customer, LocalDate.of(2021, 2, 20));

        api.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));
        dispatcher.dispatchAll(tenant.id());

        assertThat(of(charge))
                .filteredOn(n -> n.channel() == Channel.SMS)
                .extracting(Notification::recipient, Notification::address, Notification::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CUSTOMER", "+5511987654321", NotificationStatus.SENT),
                        org.assertj.core.groups.Tuple.tuple("MERCHANT", "+5511977776666", NotificationStatus.SENT));
        assertThat(outbox.list(tenant.id(), Channel.SMS, PageRequest.of(10, null))
                        .items())
                .filteredOn(m -> m.text().startsWith("[Copia] "))
                .hasSize(1);
    }

    @Test
    void a_bad_notification_mobile_is_refused_naming_the_field() {
        Api.Response r = api.put("/settings/account", Map.of("name", "Provedor Exemplo", "notificationMobile", "123"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("notificationMobile");
    }
}
