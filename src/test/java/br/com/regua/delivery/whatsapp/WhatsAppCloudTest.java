package br.com.regua.delivery.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.delivery.SendOutcome;
import br.com.regua.senders.Senders;
import br.com.regua.shared.Channel;
import br.com.regua.testing.IntegrationTest;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

/** The WhatsApp Cloud API, played by a stub server answering what Meta's Graph API answers. */
class WhatsAppCloudTest extends IntegrationTest {

    static final String PHONE_NUMBER_ID = "106540352242922";
    static final String ACCESS_TOKEN = "EAAJB0123456789whatsapp-token";
    static final String MESSAGES = "/v21.0/" + PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    Senders senders;

    WhatsAppCloud whatsApp;
    Tenant tenant;
    UUID senderId;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        senderId = UUID.fromString(tenant.api()
                .post(
                        "/senders",
                        Map.of(
                                "name", "WhatsApp",
                                "channel", "WHATSAPP",
                                "provider", "WHATSAPP_CLOUD",
                                "settings", Map.of("phoneNumberId", PHONE_NUMBER_ID),
                                "token", ACCESS_TOKEN))
                .id());
        whatsApp = new WhatsAppCloud(
                senders,
                RestClient.builder(),
                new WhatsAppProperties(
                        URI.create(meta.baseUrl()), "v21.0", Duration.ofSeconds(1), Duration.ofSeconds(2)));
    }

    @Test
    void a_200_is_accepted_with_the_wamid_after_posting_the_approved_template_with_the_bearer_token() {
        meta.stubFor(post(MESSAGES).willReturn(json(200, WhatsAppAnswersTest.ACCEPTED)));

        SendOutcome outcome = whatsApp.send(template("fatura_vencendo", List.of("Maria", "R$ 159,90")));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(((SendOutcome.Accepted) outcome).providerMessageId())
                .isEqualTo("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjdCNjI4RjMxQzM4NTdFNjg0OAA=");
        meta.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+5511987654321",
                         "type": "template",
                         "template": {"name": "fatura_vencendo", "language": {"code": "pt_BR"},
                                      "components": [{"type": "body", "parameters": [
                                          {"type": "text", "text": "Maria"},
                                          {"type": "text", "text": "R$ 159,90"}]}]}}""")));
    }

    @Test
    void a_template_parameter_mismatch_keeps_metas_exact_answer_without_blaming_the_number() {
        meta.stubFor(post(MESSAGES).willReturn(json(400, WhatsAppAnswersTest.PARAMETER_MISMATCH)));

        SendOutcome outcome = whatsApp.send(template("fatura_vencendo", List.of("Maria")));

        // the merchant's template is wrong, not the customer's number: retried, then FAILED, never suppressed
        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).isEqualTo("400 " + WhatsAppAnswersTest.PARAMETER_MISMATCH);
    }

    @Test
    void an_undeliverable_message_is_a_permanent_failure() {
        meta.stubFor(post(MESSAGES).willReturn(json(400, WhatsAppAnswersTest.UNDELIVERABLE)));

        SendOutcome outcome = whatsApp.send(template("fatura_vencendo", List.of("Maria", "R$ 159,90")));

        assertThat(outcome).isInstanceOf(SendOutcome.PermanentFailure.class);
        assertThat(outcome.response()).contains("131026");
    }

    @Test
    void the_rate_limit_is_a_transient_failure() {
        meta.stubFor(post(MESSAGES).willReturn(json(429, WhatsAppAnswersTest.RATE_LIMIT)));

        SendOutcome outcome = whatsApp.send(template("fatura_vencendo", List.of("Maria", "R$ 159,90")));

        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).startsWith("429 ").contains("130429");
    }

    @Test
    void a_message_without_an_approved_template_is_not_posted() {
        SendOutcome outcome = whatsApp.send(template(null, List.of()));

        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).contains("modelo");
        meta.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    @Test
    void a_sender_with_its_own_template_language_sends_it() {
        String other = tenant.api()
                .post(
                        "/senders",
                        Map.of(
                                "name", "WhatsApp EN",
                                "channel", "WHATSAPP",
                                "provider", "WHATSAPP_CLOUD",
                                "settings", Map.of("phoneNumberId", PHONE_NUMBER_ID, "languageCode", "en_US"),
                                "token", ACCESS_TOKEN))
                .id();
        meta.stubFor(post(MESSAGES).willReturn(json(200, WhatsAppAnswersTest.ACCEPTED)));
        OutgoingMessage message = template("invoice_due", List.of());

        whatsApp.send(new OutgoingMessage(
                message.accountId(),
                message.notificationId(),
                Channel.WHATSAPP,
                UUID.fromString(other),
                message.address(),
                null,
                null,
                null,
                List.of(),
                Map.of(),
                "invoice_due",
                List.of()));

        meta.verify(postRequestedFor(urlEqualTo(MESSAGES)).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "+5511987654321",
                 "type": "template", "template": {"name": "invoice_due", "language": {"code": "en_US"}}}""")));
    }

    private OutgoingMessage template(String name, List<String> parameters) {
        return new OutgoingMessage(
                tenant.id(),
                UUID.randomUUID(),
                Channel.WHATSAPP,
                senderId,
                "+5511987654321",
                null,
                null,
                "Olá Maria, sua fatura vence amanhã.",
                List.of(),
                Map.of(),
                name,
                parameters);
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }
}
