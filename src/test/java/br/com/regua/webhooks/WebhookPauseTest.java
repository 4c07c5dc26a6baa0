package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fifteen failures in a row over about three days pause the endpoint and e-mail the merchant (a
 * real SMTP server on loopback reads it); turning the endpoint on again delivers the stored events
 * in order.
 */
class WebhookPauseTest extends IntegrationTest {

    static final String MERCHANT = "financeiro@provedor.com.br";

    @Autowired
    Webhooks webhooks;

    Receiver receiver;
    MailSink smtp;
    Tenant tenant;
    Api api;
    Billing billing;

    @BeforeEach
    void setUp() throws Exception {
        receiver = new Receiver();
        smtp = new MailSink();
        tenant = newTenant("Provedor Fibra Sul");
        api = tenant.api();
        smtp.senderOf(api);
        api.put("/settings/account", Map.of("name", "Provedor Fibra Sul", "notificationEmail", MERCHANT));
        billing = Billing.in(api);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
        smtp.close();
    }

    @Test
    void fifteen_failures_in_a_row_pause_the_endpoint_and_email_the_merchant_and_turning_it_on_delivers_in_order() {
        var endpoint = api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.created")));
        String secret = endpoint.field("secret");
        String first = billing.charge(LocalDate.now().plusDays(10)).id();
        String second = billing.charge(LocalDate.now().plusDays(11)).id();
        receiver.otherwise(503);

        var start = clock.instant();
        for (int failure = 1; failure <= RetrySchedule.PAUSE_AFTER; failure++) {
            assertThat(webhooks.deliverDue(tenant.id()))
                    .as("attempt %d", failure)
                    .isEqualTo(1);
            if (failure < RetrySchedule.PAUSE_AFTER) {
                assertThat(webhooks.deliverDue(tenant.id()))
                        .as("waits after failure %d", failure)
                        .isZero();
                clock.set(clock.instant().plus(RetrySchedule.after(failure)).plusSeconds(1));
            }
        }
        assertThat(Duration.between(start, clock.instant()).toHours()).isBetween(60L, 80L);

        var paused = api.get("/webhooks/" + endpoint.id());
        assertThat(paused.json().get("active").asBoolean()).isFalse();
        assertThat(paused.field("disabledReason")).isEqualTo("FAILURES");
        assertThat(paused.json().get("pendingEvents").asInt()).isEqualTo(2);
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        assertThat(webhooks.deliverDue(tenant.id()))
                .as("a paused endpoint gets nothing")
                .isZero();
        assertThat(receiver.requests()).hasSize(RetrySchedule.PAUSE_AFTER);
        assertThat(receiver.requests()).extracting(WebhookDeliveryTest::type).containsOnly("charge.created");
        assertThat(smtp.mails()).hasSize(1);
        assertThat(smtp.mails().get(0))
                .startsWith("[" + MERCHANT + "]")
                .contains("Webhook pausado")
                .contains("15");

        clock.reset();
        receiver.otherwise(200);
        var on = api.put("/webhooks/" + endpoint.id(), Map.of("active", true));
        assertThat(on.json().get("active").asBoolean()).as(on.toString()).isTrue();
        for (int round = 0; round < 10 && webhooks.deliverDue(tenant.id()) > 0; round++) {}

        var accepted = receiver.accepted();
        assertThat(accepted)
                .extracting(r -> WebhookDeliveryTest.JSON
                        .readTree(r.body())
                        .get("data")
                        .get("chargeId")
                        .asString())
                .containsExactly(first, second);
        for (var request : accepted) {
            assertThatCode(() -> new Webhook(secret).verify(request.body(), WebhookDeliveryTest.headers(request)))
                    .doesNotThrowAnyException();
        }
        var after = api.get("/webhooks/" + endpoint.id());
        assertThat(after.json().get("consecutiveFailures").asInt()).isZero();
        assertThat(after.json().get("pendingEvents").asInt()).isZero();
    }
}
