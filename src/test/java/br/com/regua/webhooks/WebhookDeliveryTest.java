package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery to a real receiver on loopback: signed (checked with the Standard Webhooks library),
 * at least once, in order, through failures and timeouts, and 410.
 */
class WebhookDeliveryTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Webhooks webhooks;

    Receiver receiver;
    Tenant tenant;
    Api api;
    Billing billing;

    @BeforeEach
    void setUp() throws Exception {
        receiver = new Receiver();
        tenant = newTenant();
        api = tenant.api();
        billing = Billing.in(api);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void a_receiver_that_fails_then_times_out_then_recovers_gets_every_event_once_accepted_in_order_and_signed() {
        var endpoint = api.post(
                "/webhooks",
                Map.of("url", receiver.url(), "events", List.of("charge.created", "charge.paid", "charge.cancelled")));
        assertThat(endpoint.status()).as(endpoint.toString()).isEqualTo(201);
        String secret = endpoint.field("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(api.get("/webhooks/" + endpoint.id()).field("secret")).isNull();

        String paid = billing.charge(LocalDate.now().plusDays(10)).id();
        api.post("/charges/" + paid + "/payments", Map.of("amount", 15000));
        String cancelled = billing.charge(LocalDate.now().plusDays(20)).id();
        api.post("/charges/" + cancelled + "/cancellation", Map.of());
        receiver.answer(500, Receiver.TIME_OUT).otherwise(200);

        assertThat(deliverDue()).isEqualTo(1); // 500
        assertThat(deliverDue()).as("the retry waits 30 s").isZero();
        later(Duration.ofSeconds(31));
        assertThat(deliverDue()).isEqualTo(1); // no answer within 10 s
        later(Duration.ofSeconds(30));
        assertThat(deliverDue()).as("the second retry waits 1 min").isZero();
        later(Duration.ofSeconds(31));
        deliverAll();

        var accepted = receiver.accepted();
        assertThat(accepted)
                .extracting(r -> type(r))
                .containsExactly("charge.created", "charge.paid", "charge.created", "charge.cancelled");
        // the first event was tried three times, always with the same id: the receiver can tell
        var ids = receiver.requests().stream().map(r -> r.header("webhook-id")).toList();
        assertThat(ids.subList(0, 3)).containsOnly(ids.get(0));
        assertThat(ids.stream().distinct()).hasSize(4);
        for (var request : accepted) {
            assertThatCode(() -> new Webhook(secret).verify(request.body(), headers(request)))
                    .doesNotThrowAnyException();
        }
        JsonNode payment = JSON.readTree(accepted.get(1).body());
        assertThat(payment.get("data").get("chargeId").asString()).isEqualTo(paid);
        assertThat(payment.get("data").get("status").asString()).isEqualTo("PAID");
        assertThat(payment.get("data").get("paidAmount").asLong()).isEqualTo(15000);
        assertThat(payment.get("data").get("amount").asLong()).isEqualTo(15990);
        assertThat(payment.get("data").get("customerId").asString()).isEqualTo(billing.customerId());
        assertThat(payment.get("timestamp").asString()).isNotBlank();

        var log = api.get("/webhooks/" + endpoint.id() + "/deliveries").json().get("items");
        assertThat(log).hasSize(6);
        var oldest = log.get(5);
        assertThat(oldest.get("statusCode").asInt()).isEqualTo(500);
        assertThat(oldest.get("responseBody").asString()).isEqualTo("ok");
        assertThat(log.get(4).get("statusCode")).isNull();
        assertThat(log.get(4).get("error").asString()).contains("tempo esgotado");
        assertThat(log.get(4).get("latencyMs").asInt()).isBetween(9_000, 16_000);
        assertThat(log.get(0).get("delivered").asBoolean()).isTrue();
    }

    @Test
    void a_delivery_sent_again_by_hand_goes_with_the_same_id_after_the_other_events() {
        var endpoint = api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.created")));
        billing.charge(LocalDate.now().plusDays(10));
        deliverAll();
        String delivery = api.get("/webhooks/" + endpoint.id() + "/deliveries")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();

        var again = api.post("/webhooks/" + endpoint.id() + "/deliveries/" + delivery + "/redelivery", Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(202);
        deliverAll();

        var accepted = receiver.accepted();
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).header("webhook-id"))
                .isEqualTo(accepted.get(0).header("webhook-id"));
        assertThat(accepted.get(1).body()).isEqualTo(accepted.get(0).body());
    }

    @Test
    void a_410_turns_the_endpoint_off_and_turning_it_on_delivers_what_waited() {
        var endpoint = api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.created")));
        receiver.answer(500, 410).otherwise(200);
        String first = billing.charge(LocalDate.now().plusDays(10)).id();
        String second = billing.charge(LocalDate.now().plusDays(11)).id();

        assertThat(deliverDue()).isEqualTo(1); // 500
        later(Duration.ofSeconds(31));
        assertThat(deliverDue()).isEqualTo(1); // 410
        var gone = api.get("/webhooks/" + endpoint.id());
        assertThat(gone.json().get("active").asBoolean()).isFalse();
        assertThat(gone.field("disabledReason")).isEqualTo("GONE");
        assertThat(deliverDue()).isZero();

        api.put("/webhooks/" + endpoint.id(), Map.of("active", true));
        deliverAll();
        assertThat(receiver.accepted())
                .extracting(
                        r -> JSON.readTree(r.body()).get("data").get("chargeId").asString())
                .containsExactly(first, second);
        assertThat(api.get("/webhooks/" + endpoint.id()).field("disabledReason"))
                .isNull();
    }

    @Test
    void an_endpoint_gets_only_the_events_it_subscribed_to_and_none_of_another_account() {
        api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.cancelled")));
        Tenant otherTenant = newTenant();
        Billing other = Billing.in(otherTenant.api());
        other.api().post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.paid")));

        String charge = billing.charge(LocalDate.now().plusDays(10)).id();
        api.post("/charges/" + charge + "/payments", Map.of());
        api.post("/charges/" + billing.charge(LocalDate.now().plusDays(10)).id() + "/cancellation", Map.of());
        deliverAll();
        for (int round = 0; round < 10 && webhooks.deliverDue(otherTenant.id()) > 0; round++) {}

        assertThat(receiver.accepted()).extracting(WebhookDeliveryTest::type).containsExactly("charge.cancelled");
    }

    @Test
    void instances_delivering_at_once_never_send_one_endpoint_two_events_at_a_time_nor_one_event_twice()
            throws Exception {
        api.post("/webhooks", Map.of("url", receiver.url(), "events", List.of("charge.created")));
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(billing.charge(LocalDate.now().plusDays(10 + i)).id());
        }
        receiver.slow(150);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var rounds = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int worker = 0; worker < 4; worker++) {
                rounds.add(pool.submit(() -> {
                    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                    while (receiver.accepted().size() < created.size() && System.nanoTime() < until) {
                        deliverDue();
                    }
                }));
            }
            for (var round : rounds) round.get();
        } finally {
            pool.shutdown();
        }

        assertThat(receiver.maxInFlight()).isEqualTo(1);
        assertThat(receiver.requests())
                .extracting(
                        r -> JSON.readTree(r.body()).get("data").get("chargeId").asString())
                .containsExactlyElementsOf(created);
    }

    private void later(Duration by) {
        clock.set(clock.instant().plus(by));
    }

    /** Delivery rounds of this test's account only: other tests leave endpoints of their own behind. */
    private int deliverDue() {
        return webhooks.deliverDue(tenant.id());
    }

    private void deliverAll() {
        for (int round = 0; round < 50 && deliverDue() > 0; round++) {}
    }

    static String type(Receiver.Request request) {
        return JSON.readTree(request.body()).get("type").asString();
    }

    static Map<String, List<String>> headers(Receiver.Request request) {
        return Receiver.signatureHeaders(request);
    }

    static Instant now() {
        return Instant.now();
    }
}
