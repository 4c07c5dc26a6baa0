package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A saved layout that Pebble cannot render for one recipient fails that notice, not the batch. */
class UnrenderableLayoutDispatchTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(tenant.api(), smtp.port());
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void a_layout_that_cannot_render_for_one_customer_fails_that_notice_at_once_and_sends_the_others() {
        Api api = tenant.api();
        String layout = api.post(
                        "/templates",
                        Map.of(
                                "name", "Lembrete",
                                "channel", "EMAIL",
                                "subject", "Fatura de {{ customerName }}",
                                "html", "<p>{{ customerName }}</p>",
                                "text", "{{ customerName }}"))
                .id();
        // Saved before the save-time checks: "abbreviate" without its length, in a branch only Ana takes.
        jdbc.sql("UPDATE templates SET html = ? WHERE id = ?")
                .params(
                        "<p>{% if customerName == \"Ana Souza\" %}{{ customerName | abbreviate }}{% endif %}</p>",
                        UUID.fromString(layout))
                .update();
        String rule = api.get("/payment-methods/" + dunning.method() + "/rules")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        Api.Response changed =
                api.put("/payment-methods/" + dunning.method() + "/rules/" + rule, Map.of("templateId", layout));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String maria = dunning.chargeFor("maria@example.com");
        var ana = Fixtures.aCustomer();
        ana.put("name", "Ana Souza");
        ana.put("email", "ana@example.com");
        String anaId = api.post("/customers", ana).id();
        String anaService = api.post("/customers/" + anaId + "/services", Fixtures.aService())
                .id();
        String anaCharge = dunning.charge(anaId, anaService);
        dunning.runRoutine("2021-03-05");

        dispatcher.dispatchAll();

        Notification failed = only(anaCharge);
        assertThat(failed.status()).as(failed.toString()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastResponse()).contains("layout", "não pôde ser gerado", "\"abbreviate\"");
        assertThat(only(maria).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    private Notification only(String charge) {
        List<Notification> all = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
