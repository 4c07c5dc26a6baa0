package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** §4.1: a manual resend is queued with the highest priority, so it leaves ahead of a backlog. */
class ResendPriorityTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    SmtpServer smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new SmtpServer();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void a_resend_queued_behind_a_backlog_of_notices_is_the_first_message_sent() throws Exception {
        Tenant tenant = newTenant();
        var api = tenant.api();
        SmtpDunning dunning = SmtpDunning.at(api, smtp.port());
        api.put("/settings/email-events", Map.of("chargeCreated", true));
        api.post(
                "/payment-methods/" + dunning.method() + "/rules",
                Map.of("trigger", "BEFORE_DUE", "days", 5, "channel", "EMAIL"));
        // the clock left as it is: the outbox's retry times are the database's now()
        LocalDate due = LocalDate.now(clock).plusDays(20);
        for (int i = 0; i < 30; i++) {
            String customer = api.post("/customers", aCustomer("Cliente " + i, "cliente" + i + "@example.com"))
                    .id();
            var body = Fixtures.aCharge(customer, null, dunning.method(), due);
            body.put("notifyCustomer", true);
            api.post("/charges", body);
        }
        String customer = api.post("/customers", aCustomer("Quem pediu", "reenvio@example.com"))
                .id();
        String charge = api.post("/charges", Fixtures.aCharge(customer, null, dunning.method(), due))
                .id();
        assertThat(api.post("/charges/" + charge + "/resends", "{}").status()).isEqualTo(201);

        assertThat(dispatcher.dispatchBatch(1, tenant.id())).isEqualTo(1);

        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received().get(0).getAllRecipients()[0].toString()).contains("<reenvio@example.com>");
        dispatcher.dispatchAll(tenant.id());
        // the backlog, the resent charge's own charge-created notice (the switch is on) and the resend
        assertThat(smtp.received()).hasSize(32);
    }

    private static Map<String, Object> aCustomer(String name, String email) {
        Map<String, Object> customer = Fixtures.aCustomer();
        customer.put("name", name);
        customer.put("email", email);
        return customer;
    }
}
