package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default: with no SMTP configured, the first account's notices reach the catcher. */
class MailCatcherTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    CaughtMessages caught;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void the_first_account_delivers_to_the_in_process_catcher_and_no_other_account_reads_it_whatever_its_from_address()
            throws Exception {
        Api first = new Api(port, BOOTSTRAP_API_KEY);
        UUID firstAccount = jdbc.sql("SELECT id FROM accounts ORDER BY id LIMIT 1")
                .query(UUID.class)
                .single();
        assertThat(first.get("/senders").text()).contains("Caixa de saída local");
        // Other tests may add real senders to this shared account; this method names the catcher's.
        UUID catcher = jdbc.sql("SELECT id FROM senders WHERE provider = 'CATCHER'")
                .query(UUID.class)
                .single();
        String method = first.post(
                        "/payment-methods", Map.of("name", "Pix", "kind", "PIX", "senderId", catcher.toString()))
                .id();
        first.post(
                "/payment-methods/" + method + "/rules",
                Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL"));
        var customer = Fixtures.aCustomer();
        customer.put("email", "catcher-" + UUID.randomUUID() + "@example.com");
        String customerId = first.post("/customers", customer).id();
        first.post("/charges", Fixtures.aCharge(customerId, null, method, LocalDate.of(2021, 2, 20)));
        String routine = first.post(
                        "/routines",
                        Map.of(
                                "name", "E-mails",
                                "task", "SEND_EMAIL",
                                "time", "08:10",
                                "daysOfWeek", List.of("FRIDAY"),
                                "runOnHolidays", true))
                .id();
        first.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));

        dispatcher.dispatchAll(firstAccount);

        assertThat(caught.list(firstAccount)).anySatisfy(m -> assertThat(m.to()).isEqualTo(customer.get("email")));
        var message = caught.list(firstAccount).stream()
                .filter(m -> m.to().equals(customer.get("email")))
                .findFirst()
                .orElseThrow();
        var mime = caught.get(firstAccount, message.id()).orElseThrow();
        assertThat(MailParts.of(mime).html()).contains("Maria Silva");
        assertThat(caught.get(newTenant().id(), message.id()))
                .as("another account sees nothing")
                .isEmpty();

        // A second account that names the catcher's own from-address on a sender of its own
        // still reads nothing of the first account's.
        Tenant other = newTenant();
        other.api()
                .post(
                        "/senders",
                        Map.of(
                                "name", "Mesmo endereço",
                                "host", "127.0.0.1",
                                "port", 2525,
                                "security", "NONE",
                                "fromAddress", "cobranca@regua.local",
                                "fromName", "Outro"));
        assertThat(caught.list(other.id())).as("list").isEmpty();
        assertThat(caught.get(other.id(), message.id())).as("get").isEmpty();
    }
}
