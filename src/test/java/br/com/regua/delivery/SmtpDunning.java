package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A merchant ready to send e-mail notices through a test SMTP server, made through the API: an
 * SMTP sender pointing at it, a boleto payment method using that sender with seed 002's rule
 * (AFTER_DUE 13 days, e-mail, invoice attached), the overdue notice off, and a weekday e-mail
 * routine.
 */
record SmtpDunning(Api api, String sender, String method, String routine) {

    static SmtpDunning at(Api api, int smtpPort) {
        return at(api, smtpPort, true);
    }

    /** The same merchant, with or without the invoice PDF attached to the notice. */
    static SmtpDunning at(Api api, int smtpPort, boolean attachInvoice) {
        String sender = api.post(
                        "/senders",
                        Map.of(
                                "name", "Principal",
                                "host", "127.0.0.1",
                                "port", smtpPort,
                                "security", "NONE",
                                "fromAddress", "cobranca@provedor.com.br",
                                "fromName", "Provedor Exemplo"))
                .id();
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("senderId", sender);
        String method = api.post("/payment-methods", body).id();
        api.post(
                "/payment-methods/" + method + "/rules",
                Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "attachInvoice", attachInvoice));
        api.put("/settings/email-events", Map.of("overdueNotice", false));
        String routine = api.post(
                        "/routines",
                        Map.of(
                                "name", "Envio de e-mails",
                                "task", "SEND_EMAIL",
                                "time", "08:10:00",
                                "daysOfWeek", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"),
                                "runOnHolidays", true))
                .id();
        return new SmtpDunning(api, sender, method, routine);
    }

    /** A charge of the customer due on 20/02/2021 (seed 002). */
    String charge(String customer, String service) {
        return api.post("/charges", Fixtures.aCharge(customer, service, method, LocalDate.of(2021, 2, 20)))
                .id();
    }

    /** A customer of its own with this e-mail, and a charge of theirs due on 20/02/2021. */
    String chargeFor(String email) {
        var customer = Fixtures.aCustomer();
        customer.put("email", email);
        String id = api.post("/customers", customer).id();
        String service =
                api.post("/customers/" + id + "/services", Fixtures.aService()).id();
        return charge(id, service);
    }

    /** The routine's run for a date, which must complete. */
    void runRoutine(String date) {
        Api.Response run = api.post("/routines/" + routine + "/runs", Map.of("date", date));
        assertThat(run.field("status")).as(run.toString()).isEqualTo("COMPLETED");
    }
}
