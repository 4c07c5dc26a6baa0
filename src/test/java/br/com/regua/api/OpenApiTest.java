package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OpenApiTest extends IntegrationTest {

    @Test
    void the_openapi_document_and_its_ui_are_served_without_login() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String doc = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var ui = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/swagger-ui.html"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(doc)
                .contains(
                        "\"openapi\"",
                        "/api/v1/customers",
                        "/api/v1/customers/{id}/services",
                        "/api/v1/payment-methods",
                        "/api/v1/charges/{id}/payments",
                        "/api/v1/charges/{id}/cancellation",
                        "/api/v1/accounts",
                        "/api/v1/payment-methods/{paymentMethodId}/rules/{ruleId}",
                        "/api/v1/customers/{id}/notification-preferences",
                        "/api/v1/settings/notification-preferences",
                        "/api/v1/settings/calendar",
                        "/api/v1/holidays/{id}",
                        "/api/v1/senders/{id}/dkim",
                        "/api/v1/subscriptions",
                        "/api/v1/subscriptions/{id}",
                        "/api/v1/subscriptions/{id}/reactivation",
                        "/api/v1/subscriptions/{id}/cancellation",
                        "/api/v1/charges/{id}/resends",
                        "/api/v1/settings/pix-webhook",
                        "/api/v1/pix/payments",
                        "/pix/webhook/{secret}",
                        "/api/v1/fees/prices",
                        "/api/v1/fees/statement",
                        "/api/v1/carnes",
                        "/api/v1/carnes/{id}",
                        "/api/v1/carnes/{id}/pdf",
                        "/api/v1/carnes/{id}/cancellation",
                        "/api/v1/letter-batches",
                        "/api/v1/letter-batches/{id}",
                        "/api/v1/letter-batches/{id}.pdf",
                        "/api/v1/letter-batches/{id}.csv",
                        "/api/v1/charges/{id}/letters",
                        "/api/v1/webhooks",
                        "/api/v1/webhooks/{id}",
                        "/api/v1/webhooks/{id}/secret",
                        "/api/v1/webhooks/{id}/deliveries",
                        "/api/v1/webhooks/{id}/deliveries/{deliveryId}/redelivery",
                        "/api/v1/bank-returns",
                        "/api/v1/bank-returns/{id}",
                        "/api/v1/bank-returns/{id}/lines",
                        "/api/v1/charges/{id}/bank-occurrences",
                        "totalAmount",
                        "BIENNIAL",
                        "bearer");
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void health_is_public_and_up() throws Exception {
        var health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"UP\"");
    }
}
