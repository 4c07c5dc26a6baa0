package br.com.regua.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /api/v1/webhooks: the endpoint's life, and every hostile body answered 4xx with problem details. */
class WebhooksApiTest extends IntegrationTest {

    static final String URL = "http://127.0.0.1:9/hooks";

    Api api;

    @BeforeEach
    void setUp() {
        api = newAccount();
    }

    @Test
    void an_endpoint_is_created_shown_without_its_secret_changed_rotated_and_deleted() {
        var created = api.post("/webhooks", Map.of("url", URL, "events", List.of("charge.paid", "charge.paid")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("secret")).matches("whsec_[A-Za-z0-9+/=]{40,}");
        assertThat(created.json().get("events")).hasSize(1);
        assertThat(created.json().get("active").asBoolean()).isTrue();
        String id = created.id();

        var listed = api.get("/webhooks").json().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).isFalse();

        var changed = api.put(
                "/webhooks/" + id,
                Map.of("events", List.of("charge.overdue", "notification.bounced"), "active", false));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("events").toString()).contains("charge.overdue", "notification.bounced");
        assertThat(changed.json().get("active").asBoolean()).isFalse();
        assertThat(changed.field("url")).isEqualTo(URL);
        assertThat(changed.json().has("secret")).isFalse();

        var rotated = api.post("/webhooks/" + id + "/secret", "{}");
        assertThat(rotated.field("secret")).startsWith("whsec_").isNotEqualTo(created.field("secret"));

        assertThat(api.get("/webhooks/events").json().get("items").toString())
                .contains("charge.created", "notification.skipped", "subscription.reactivated", "bank_return.imported");
        assertThat(api.send("DELETE", "/webhooks/" + id, null).status()).isEqualTo(204);
        assertThat(api.get("/webhooks/" + id).status()).isEqualTo(404);
    }

    @Test
    void an_account_has_at_most_twenty_endpoints() {
        for (int i = 0; i < Webhooks.MAX_ENDPOINTS; i++) {
            assertThat(api.post("/webhooks", Map.of("url", URL, "events", List.of("charge.paid")))
                            .status())
                    .isEqualTo(201);
        }
        var refused = api.post("/webhooks", Map.of("url", URL, "events", List.of("charge.paid")));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("detail")).contains("20");
    }

    @Test
    void hostile_bodies_get_problem_details_naming_the_field_and_nothing_is_stored() {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("{}", "url");
        bodies.put("{\"url\": null, \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": 12, \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"ftp://example.com/x\", \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"javascript:alert(1)\", \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"http://exa mple.com\", \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"http://\\u0000x/\", \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"https://" + "a".repeat(5000) + ".com/\", \"events\": [\"charge.paid\"]}", "url");
        bodies.put("{\"url\": \"" + URL + "\"}", "events");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": []}", "events");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": \"charge.paid\"}", "events");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": [\"charge.paid\", \"charge.exploded\"]}", "events[1]");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": [null]}", "events[0]");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": [{\"a\": 1}]}", "events[0]");
        bodies.put("{\"url\": \"" + URL + "\", \"events\": [\"charge.paid\"], \"active\": \"yes\"}", "active");
        for (var body : bodies.entrySet()) {
            var response = api.post("/webhooks", body.getKey());
            assertThat(response.status()).as(body.getKey()).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(body.getKey()).startsWith("application/problem+json");
            assertThat(response.errorFields()).as(response.toString()).contains(body.getValue());
        }
        for (String body : List.of("not json", "[]", "null", "{\"url\": ", "\"text\"")) {
            var response = api.post("/webhooks", body);
            assertThat(response.status()).as(body + " → " + response).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(body).startsWith("application/problem+json");
        }
        assertThat(api.get("/webhooks").json().get("items")).isEmpty();

        String id = api.post("/webhooks", Map.of("url", URL, "events", List.of("charge.paid")))
                .id();
        var bad = api.put("/webhooks/" + id, Map.of("url", "gopher://x", "events", List.of("charge.paid")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).contains("url");
        assertThat(api.get("/webhooks/" + id).field("url")).isEqualTo(URL);
        for (String path : List.of(
                "/webhooks/not-an-id",
                "/webhooks/0192f7a0-0000-7000-8000-00000000abcd",
                "/webhooks/" + id + "/deliveries?limit=0")) {
            assertThat(api.get(path).status()).as(path).isBetween(400, 404);
        }
        var redelivery = api.post("/webhooks/" + id + "/deliveries/nope/redelivery", "{}");
        assertThat(redelivery.status()).isEqualTo(404);
        assertThat(api.get("/webhooks/" + id + "/deliveries?cursor=%00%01").status())
                .isEqualTo(400);
    }
}
