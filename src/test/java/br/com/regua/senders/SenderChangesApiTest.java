package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PUT /senders/{id}: credentials are rotated without deleting the sender; secrets never come back. */
class SenderChangesApiTest extends IntegrationTest {

    static final String TWILIO_TOKEN = "twilio-auth-token-0123456789";

    @Autowired
    SenderConfigs configs;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
    }

    @Test
    void a_senders_password_is_rotated_and_what_is_left_out_of_the_secrets_is_kept() {
        String id = tenant.api().post("/senders", smtp()).id();
        Map<String, Object> changed = smtp();
        changed.put("host", "smtp2.provedor.com.br");
        changed.put("port", 465);
        changed.put("security", "SSL");
        changed.put("password", "nova-senha");

        Api.Response updated = tenant.api().put("/senders/" + id, changed);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.field("host")).isEqualTo("smtp2.provedor.com.br");
        assertThat(updated.json().get("port").asInt()).isEqualTo(465);
        assertThat(updated.field("security")).isEqualTo("SSL");
        assertThat(updated.text()).doesNotContain("nova-senha", "segredo");
        assertThat(config(id).secret()).isEqualTo("nova-senha");

        Map<String, Object> withoutPassword = smtp();
        withoutPassword.remove("password");
        withoutPassword.put("fromName", "Provedor Novo");
        Api.Response kept = tenant.api().put("/senders/" + id, withoutPassword);

        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.field("fromName")).isEqualTo("Provedor Novo");
        assertThat(kept.json().get("hasPassword").asBoolean()).isTrue();
        assertThat(config(id).secret()).isEqualTo("nova-senha");
        assertThat(tenant.api().get("/senders/" + id).text()).doesNotContain("nova-senha");
    }

    @Test
    void a_twilio_senders_token_is_kept_when_left_out_and_replaced_when_given() {
        Map<String, Object> twilio = twilio();
        String id = tenant.api().post("/senders", twilio).id();
        Map<String, Object> noToken = new HashMap<>(twilio);
        noToken.remove("token");
        noToken.put("name", "SMS principal");

        Api.Response updated = tenant.api().put("/senders/" + id, noToken);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.field("name")).isEqualTo("SMS principal");
        assertThat(config(id).secret()).isEqualTo(TWILIO_TOKEN);

        noToken.put("token", "outro-token-0123456789");
        Api.Response rotated = tenant.api().put("/senders/" + id, noToken);
        assertThat(rotated.text()).doesNotContain("outro-token");
        assertThat(config(id).secret()).isEqualTo("outro-token-0123456789");
    }

    @Test
    void a_change_is_validated_like_a_new_sender_and_a_refused_one_changes_nothing() {
        String id = tenant.api().post("/senders", smtp()).id();

        assertThat(tenant.api().put("/senders/" + id, with(smtp(), "host", " ")).errorFields())
                .containsExactly("host");
        assertThat(tenant.api()
                        .put("/senders/" + id, with(smtp(), "fromAddress", "nao-e-email"))
                        .errorFields())
                .containsExactly("fromAddress");
        assertThat(tenant.api()
                        .put("/senders/" + id, with(smtp(), "port", 70000))
                        .errorFields())
                .containsExactly("port");
        assertThat(tenant.api().put("/senders/" + id, with(smtp(), "name", "")).errorFields())
                .containsExactly("name");
        assertThat(tenant.api()
                        .put("/senders/" + id, with(smtp(), "token", "x"))
                        .errorFields())
                .containsExactly("token");
        assertThat(tenant.api()
                        .put("/senders/" + id, with(smtp(), "channel", "SMS"))
                        .errorFields())
                .containsExactly("channel");

        Api.Response read = tenant.api().get("/senders/" + id);
        assertThat(read.field("host")).isEqualTo("smtp.provedor.com.br");
        assertThat(read.field("fromAddress")).isEqualTo("cobranca@provedor.com.br");
        assertThat(config(id).secret()).isEqualTo("segredo");
    }

    @Test
    void another_accounts_sender_cannot_be_changed() {
        String id = tenant.api().post("/senders", smtp()).id();
        Api intruder = newAccount();

        Api.Response response = intruder.put("/senders/" + id, with(smtp(), "host", "smtp.intruso.com"));

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(tenant.api().put("/senders/not-an-id", smtp()).status()).isEqualTo(404);
        assertThat(tenant.api().get("/senders/" + id).field("host")).isEqualTo("smtp.provedor.com.br");
    }

    @Test
    void the_openapi_document_describes_the_change_of_a_sender() throws Exception {
        String text = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        var doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);

        var put = doc.get("paths").get("/api/v1/senders/{id}").get("put");
        assertThat(put).as("PUT /api/v1/senders/{id}").isNotNull();
        assertThat(put.get("requestBody").toString()).contains("SenderData");
        assertThat(put.get("description").asString()).contains("senha", "token");
    }

    private SenderConfig config(String id) {
        return configs.find(tenant.id(), UUID.fromString(id)).orElseThrow();
    }

    static Map<String, Object> smtp() {
        return new HashMap<>(Map.of(
                "name", "Principal",
                "host", "smtp.provedor.com.br",
                "port", 587,
                "security", "STARTTLS",
                "username", "cobranca",
                "password", "segredo",
                "fromAddress", "cobranca@provedor.com.br",
                "fromName", "Provedor"));
    }

    private static Map<String, Object> twilio() {
        return new HashMap<>(Map.of(
                "name",
                "SMS Twilio",
                "channel",
                Channel.SMS.name(),
                "provider",
                "TWILIO",
                "settings",
                Map.of("accountSid", "AC0123456789abcdef0123456789abcdef", "from", "+5511999990000"),
                "token",
                TWILIO_TOKEN));
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
