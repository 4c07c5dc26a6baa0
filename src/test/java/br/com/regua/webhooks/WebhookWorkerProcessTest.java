package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.ChildRegua;
import br.com.regua.testing.Fixtures.Billing;
import com.standardwebhooks.Webhook;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Régua as an operator runs it — a separate process configured by environment variables, with the
 * webhook worker on — delivers a charge's event to a receiver on its own, signed, within seconds.
 */
class WebhookWorkerProcessTest {

    static final String KEY = "webhook-worker-key";

    @Test
    void the_worker_delivers_events_by_itself_and_the_environment_allows_a_receiver_on_loopback() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "webhooks-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .start();
                Receiver receiver = new Receiver()) {
            Map<String, String> env = Map.of(
                    "REGUA_DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "REGUA_DATABASE_USER", "postgres",
                    "REGUA_SECRET_KEY", "webhook-worker-secret-key-0123456789",
                    "REGUA_DATA_DIR", dir.resolve("data").toString(),
                    "REGUA_BOOTSTRAP_API_KEY", KEY,
                    "REGUA_ADMIN_PASSWORD", "webhook-admin",
                    "REGUA_MAIL_CATCHER", "false",
                    "REGUA_WEBHOOKS_ALLOW_PRIVATE", "true");
            try (ChildRegua regua = ChildRegua.start(env, dir.resolve("regua.log"), Duration.ofSeconds(120))) {
                var api = regua.api(KEY);
                var endpoint =
                        api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.created")));
                assertThat(endpoint.status()).as(endpoint + "\n" + regua.tail()).isEqualTo(201);

                String charge =
                        Billing.in(api).charge(LocalDate.now().plusDays(10)).id();

                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (receiver.accepted().isEmpty() && System.nanoTime() < deadline) Thread.sleep(50);
                assertThat(receiver.accepted()).as(regua.tail()).hasSize(1);
                var request = receiver.accepted().get(0);
                assertThat(request.body()).contains(charge);
                new Webhook(endpoint.field("secret")).verify(request.body(), Receiver.signatureHeaders(request));
            }
        }
    }
}
