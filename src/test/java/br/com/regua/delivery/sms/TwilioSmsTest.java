package br.com.regua.delivery.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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

/** Twilio's Messages API, played by a stub server answering what Twilio answers. */
class TwilioSmsTest extends IntegrationTest {

    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "twilio-auth-token-0123456789";
    static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    Senders senders;

    TwilioSms sms;
    Tenant tenant;
    UUID senderId;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        senderId = UUID.fromString(tenant.api()
                .post(
                        "/senders",
                        Map.of(
                                "name", "SMS Twilio",
                                "channel", "SMS",
                                "provider", "TWILIO",
                                "settings", Map.of("accountSid", ACCOUNT_SID, "from", "+5511999990000"),
                                "token", AUTH_TOKEN))
                .id());
        sms = twilioWithReadTimeout(Duration.ofSeconds(10));
    }

    @Test
    void a_201_is_accepted_with_the_message_sid_after_a_form_post_with_basic_auth() {
        twilio.stubFor(post(MESSAGES).willReturn(json(201, TwilioAnswersTest.CREATED)));

        SendOutcome outcome = sms.send(message("+5511987654321", "Sua fatura de R$ 159,90 vence amanhã."));

        assertThat(outcome).isInstanceOf(SendOutcome.Accepted.class);
        assertThat(((SendOutcome.Accepted) outcome).providerMessageId())
                .isEqualTo("SM1f0e8ae6ade43cb3c0ce4525424e404f");
        assertThat(outcome.response()).startsWith("201 {").contains("\"status\": \"queued\"");
        twilio.verify(postRequestedFor(urlEqualTo(MESSAGES))
                .withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(ACCOUNT_SID, AUTH_TOKEN))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo("+5511987654321"))
                .withFormParam("From", equalTo("+5511999990000"))
                .withFormParam("Body", equalTo("Sua fatura de R$ 159,90 vence amanhã.")));
    }

    @Test
    void an_invalid_to_number_is_a_permanent_failure_keeping_twilios_exact_answer() {
        twilio.stubFor(post(MESSAGES).willReturn(json(400, TwilioAnswersTest.INVALID_TO)));

        SendOutcome outcome = sms.send(message("+55119", "Olá"));

        assertThat(outcome).isInstanceOf(SendOutcome.PermanentFailure.class);
        assertThat(outcome.response()).isEqualTo("400 " + TwilioAnswersTest.INVALID_TO);
    }

    @Test
    void too_many_requests_is_a_transient_failure() {
        twilio.stubFor(post(MESSAGES).willReturn(json(429, TwilioAnswersTest.TOO_MANY_REQUESTS)));

        SendOutcome outcome = sms.send(message("+5511987654321", "Olá"));

        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).contains("20429");
    }

    @Test
    void a_server_error_is_a_transient_failure() {
        twilio.stubFor(post(MESSAGES).willReturn(json(500, TwilioAnswersTest.SERVER_ERROR)));

        SendOutcome outcome = sms.send(message("+5511987654321", "Olá"));

        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).startsWith("500 ").contains("20500");
    }

    @Test
    void a_timeout_after_the_request_was_sent_is_unconfirmed_not_retried_blindly() {
        twilio.stubFor(
                post(MESSAGES).willReturn(json(201, TwilioAnswersTest.CREATED).withFixedDelay(2_000)));

        SendOutcome outcome = twilioWithReadTimeout(Duration.ofMillis(300)).send(message("+5511987654321", "Olá"));

        // Twilio may have taken it: trying again could send the SMS twice.
        assertThat(outcome).isInstanceOf(SendOutcome.Unconfirmed.class);
        assertThat(outcome.response()).startsWith("I/O: timeout");
    }

    @Test
    void a_refused_connection_is_a_transient_failure() {
        var closed = new TwilioSms(
                senders,
                RestClient.builder(),
                new TwilioProperties(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(1), Duration.ofSeconds(1)));

        assertThat(closed.send(message("+5511987654321", "Olá"))).isInstanceOf(SendOutcome.TransientFailure.class);
    }

    @Test
    void wrong_credentials_are_retried_rather_than_suppressing_the_customers_number() {
        twilio.stubFor(post(MESSAGES).willReturn(json(401, TwilioAnswersTest.AUTHENTICATE)));

        SendOutcome outcome = sms.send(message("+5511987654321", "Olá"));

        assertThat(outcome).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome.response()).contains("20003");
    }

    @Test
    void a_sender_of_another_account_is_not_found_and_nothing_is_posted() {
        Tenant other = newTenant();
        var foreign = new OutgoingMessage(
                other.id(),
                UUID.randomUUID(),
                Channel.SMS,
                senderId,
                "+5511987654321",
                null,
                null,
                "Olá",
                List.of(),
                Map.of(),
                null,
                List.of());

        assertThat(sms.send(foreign)).isInstanceOf(SendOutcome.TransientFailure.class);
        twilio.verify(0, postRequestedFor(urlEqualTo(MESSAGES)));
    }

    private TwilioSms twilioWithReadTimeout(Duration read) {
        return new TwilioSms(
                senders,
                RestClient.builder(),
                new TwilioProperties(URI.create(twilio.baseUrl()), Duration.ofSeconds(1), read));
    }

    private OutgoingMessage message(String to, String text) {
        return new OutgoingMessage(
                tenant.id(),
                UUID.randomUUID(),
                Channel.SMS,
                senderId,
                to,
                null,
                null,
                text,
                List.of(),
                Map.of(),
                null,
                List.of());
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }
}
