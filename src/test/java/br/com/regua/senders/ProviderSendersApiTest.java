package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SMS and WhatsApp senders: a provider, its settings and a write-only token encrypted at rest. */
class ProviderSendersApiTest extends IntegrationTest {

    static final String TOKEN = "twilio-auth-token-0123456789";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Senders senders;

    Tenant tenant;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
    }

    @Test
    void a_twilio_sender_keeps_its_settings_and_never_shows_its_token() {
        Api.Response created = tenant.api().post("/senders", twilio());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("provider")).isEqualTo("TWILIO");
        assertThat(created.json().get("settings").get("accountSid").asString())
                .isEqualTo("AC0123456789abcdef0123456789abcdef");
        assertThat(created.json().get("hasPassword").asBoolean()).isTrue();
        assertThat(created.text()).doesNotContain(TOKEN);
        assertThat(tenant.api().get("/senders/" + created.id()).text()).doesNotContain(TOKEN);
        assertThat(tenant.api().get("/senders").text()).doesNotContain(TOKEN);
        String stored = jdbc.sql("SELECT password_encrypted FROM senders WHERE account_id = ? AND id = ?")
                .params(tenant.id(), UUID.fromString(created.id()))
                .query(String.class)
                .single();
        assertThat(stored).startsWith("v1:").doesNotContain(TOKEN);
        assertThat(senders.providerSettings(tenant.id(), UUID.fromString(created.id()))
                        .orElseThrow()
                        .token())
                .isEqualTo(TOKEN);
    }

    @Test
    void an_sms_or_whatsapp_sender_without_a_provider_uses_the_outbox() {
        Api.Response sms = tenant.api().post("/senders", Map.of("name", "SMS", "channel", "SMS"));
        Api.Response whatsApp = tenant.api().post("/senders", Map.of("name", "WhatsApp", "channel", "WHATSAPP"));

        assertThat(sms.status()).isEqualTo(201);
        assertThat(sms.field("provider")).isEqualTo("OUTBOX");
        assertThat(whatsApp.field("provider")).isEqualTo("OUTBOX");
    }

    @Test
    void the_appendix_a_email_sender_is_still_an_smtp_sender() {
        var body = new HashMap<String, Object>(Map.of(
                "name", "Principal",
                "host", "127.0.0.1",
                "port", 2525,
                "security", "NONE",
                "fromAddress", "cobranca@provedor.com.br",
                "fromName", "Provedor"));
        body.put("username", null);
        body.put("password", null);

        Api.Response created = tenant.api().post("/senders", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("channel")).isEqualTo("EMAIL");
        assertThat(created.field("provider")).isEqualTo("SMTP");
        assertThat(created.json().get("port").asInt()).isEqualTo(2525);
    }

    @Test
    void bad_provider_configurations_are_400s_naming_the_field() {
        assertThat(refused(with(twilio(), "settings", Map.of("from", "+5511999990000"))))
                .isEqualTo("settings.accountSid");
        assertThat(refused(with(twilio(), "settings", Map.of("accountSid", "AC0123456789abcdef0123456789abcdef"))))
                .isEqualTo("settings.from");
        assertThat(refused(with(twilio(), "settings", Map.of("accountSid", "123", "from", "+5511999990000"))))
                .isEqualTo("settings.accountSid");
        assertThat(refused(with(
                        twilio(),
                        "settings",
                        Map.of(
                                "accountSid",
                                "AC0123456789abcdef0123456789abcdef",
                                "from",
                                "+5511999990000",
                                "authToken",
                                "x"))))
                .isEqualTo("settings.authToken");
        assertThat(refused(with(twilio(), "token", null))).isEqualTo("token");
        assertThat(refused(with(twilio(), "channel", "WHATSAPP"))).isEqualTo("provider");
        assertThat(refused(with(twilio(), "provider", "ZENVIA"))).isEqualTo("provider");
        assertThat(refused(Map.of(
                        "name", "WhatsApp", "channel", "WHATSAPP", "provider", "WHATSAPP_CLOUD", "token", "EAAJB0")))
                .isEqualTo("settings.phoneNumberId");
        assertThat(refused(Map.of(
                        "name", "Principal",
                        "host", "127.0.0.1",
                        "fromAddress", "cobranca@provedor.com.br",
                        "token", "x")))
                .isEqualTo("token");
    }

    private String refused(Map<String, Object> body) {
        Api.Response response = tenant.api().post("/senders", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).hasSize(1);
        return response.errorFields().get(0);
    }

    private static Map<String, Object> twilio() {
        return Map.of(
                "name", "SMS Twilio",
                "channel", "SMS",
                "provider", "TWILIO",
                "settings", Map.of("accountSid", "AC0123456789abcdef0123456789abcdef", "from", "+5511999990000"),
                "token", TOKEN);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
