package br.com.regua.delivery.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.Suppressions;
import br.com.regua.delivery.Suppressions.Reason;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SendGrid's Event Webhook suppresses hard bounces, spam reports and unsubscribes, and nothing else. */
class SendGridEventsTest extends IntegrationTest {

    /** A batch as SendGrid posts it (twilio.com/docs/sendgrid/for-developers/tracking-events/event). */
    static final String BATCH = """
            [
              {"email": "inexistente@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "bounce", "category": "cat facts", "sg_event_id": "6g4ZI7SA-xmRDv57GoPIPw==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
               "reason": "500 unknown recipient", "status": "5.0.0", "type": "bounce", "bounce_classification": "Invalid Address"},
              {"email": "bloqueado@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "bounce", "sg_event_id": "7g4ZI7SA-xmRDv57GoPIPw==", "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
               "reason": "550 5.7.1 Message rejected due to content", "status": "5.7.1", "type": "blocked", "bounce_classification": "Content"},
              {"email": "reclamou@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "spamreport", "category": "cat facts", "sg_event_id": "37nvH5QBz858KGVYCM4uOA==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"},
              {"email": "Saiu@Example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "unsubscribe", "category": "cat facts", "sg_event_id": "zz_BjPgU_5pS-J8vlfB1sg==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"},
              {"email": "lento@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "deferred", "category": "cat facts", "sg_event_id": "t7LEShmowp86DTdUW8M-GQ==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0", "response": "400 try again later", "attempt": "5"},
              {"email": "maria@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "delivered", "category": "cat facts", "sg_event_id": "rWVYmVk90MjZJ9iohOBa3w==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0", "response": "250 OK"},
              {"email": "maria@example.com", "timestamp": 1513299569, "event": "open", "sg_machine_open": false,
               "useragent": "Mozilla/4.0", "ip": "255.255.255.255", "sg_event_id": "FOTFFO0ecsBE-zxFXfs6WA==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0"},
              {"email": "ja-bounce@example.com", "timestamp": 1513299569, "smtp-id": "<14c5d75ce93.dfd.64b469@ismtpd-555>",
               "event": "dropped", "sg_event_id": "zmzJhfJgAfUSOW80yEbPyw==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0", "reason": "Bounced Address", "status": "5.0.0"},
              {"email": "conteudo@example.com", "timestamp": 1513299569, "event": "dropped", "sg_event_id": "aaJhfJgAfUSOW80yEbPyw==",
               "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0", "reason": "Spam Content", "status": "5.0.0"}
            ]""";

    @Autowired
    Suppressions suppressions;

    Tenant tenant;
    String token;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        token = tenant.api()
                .post("/settings/email-event-webhooks/sendgrid", "{}")
                .field("token");
    }

    @Test
    void hard_bounces_spam_reports_unsubscribes_and_drops_for_those_reasons_suppress_the_address() {
        Api.Response response = inbound().post("/inbound/email-events/sendgrid?token=" + token, BATCH);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("received").asInt()).isEqualTo(9);
        assertThat(response.json().get("suppressed").asInt()).isEqualTo(4);
        assertThat(response.json().get("ignored").asInt()).isEqualTo(5);
        assertThat(suppressions.list(tenant.id()))
                .extracting(Suppressions.Suppression::address, Suppressions.Suppression::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("inexistente@example.com", Reason.HARD_BOUNCE.name()),
                        org.assertj.core.groups.Tuple.tuple("reclamou@example.com", Reason.COMPLAINT.name()),
                        org.assertj.core.groups.Tuple.tuple("saiu@example.com", Reason.UNSUBSCRIBE.name()),
                        org.assertj.core.groups.Tuple.tuple("ja-bounce@example.com", Reason.HARD_BOUNCE.name()));
        assertThat(suppressions.list(tenant.id()))
                .filteredOn(s -> s.address().equals("inexistente@example.com"))
                .extracting(Suppressions.Suppression::detail)
                .containsExactly("SendGrid bounce: 500 unknown recipient");
    }

    @Test
    void deferrals_deliveries_opens_and_blocks_change_nothing() {
        inbound().post("/inbound/email-events/sendgrid?token=" + token, BATCH);

        for (String address :
                List.of("lento@example.com", "maria@example.com", "bloqueado@example.com", "conteudo@example.com")) {
            assertThat(suppressions.isSuppressed(tenant.id(), br.com.regua.shared.Channel.EMAIL, address))
                    .as(address)
                    .isFalse();
        }
    }

    @Test
    void the_same_events_delivered_twice_suppress_once() {
        inbound().post("/inbound/email-events/sendgrid?token=" + token, BATCH);

        Api.Response again = inbound().post("/inbound/email-events/sendgrid?token=" + token, BATCH);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("suppressed").asInt()).isZero();
        assertThat(suppressions.list(tenant.id())).hasSize(4);
    }

    @Test
    void a_call_without_a_token_or_with_a_wrong_one_gets_401_and_changes_nothing() {
        List<Api.Response> refused = List.of(
                inbound().post("/inbound/email-events/sendgrid", BATCH),
                inbound().post("/inbound/email-events/sendgrid?token=whk_not-a-real-token", BATCH),
                inbound().post("/inbound/email-events/sendgrid?token=" + token + "x", BATCH),
                // the account's API key is not the webhook's credential
                tenant.api().post("/inbound/email-events/sendgrid", BATCH));

        for (Api.Response response : refused) {
            assertThat(response.status()).as(response.toString()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
        }
        assertThat(suppressions.list(tenant.id())).isEmpty();
    }

    @Test
    void another_accounts_token_suppresses_only_in_that_account() {
        Tenant other = newTenant();
        String othersToken = other.api()
                .post("/settings/email-event-webhooks/sendgrid", "{}")
                .field("token");

        inbound().post("/inbound/email-events/sendgrid?token=" + othersToken, BATCH);

        assertThat(suppressions.list(other.id())).hasSize(4);
        assertThat(suppressions.list(tenant.id())).isEmpty();
    }

    @Test
    void a_token_made_for_amazon_ses_is_not_accepted_for_sendgrid() {
        String sesToken =
                tenant.api().post("/settings/email-event-webhooks/ses", "{}").field("token");

        assertThat(inbound()
                        .post("/inbound/email-events/sendgrid?token=" + sesToken, BATCH)
                        .status())
                .isEqualTo(401);
        assertThat(suppressions.list(tenant.id())).isEmpty();
    }

    @Test
    void a_new_token_replaces_the_old_one() {
        String newToken = tenant.api()
                .post("/settings/email-event-webhooks/sendgrid", "{}")
                .field("token");

        assertThat(inbound()
                        .post("/inbound/email-events/sendgrid?token=" + token, "[]")
                        .status())
                .isEqualTo(401);
        assertThat(inbound()
                        .post("/inbound/email-events/sendgrid?token=" + newToken, "[]")
                        .status())
                .isEqualTo(200);
        assertThat(tenant.api().get("/settings/email-event-webhooks").text())
                .contains("SENDGRID", newToken.substring(0, 10))
                .doesNotContain(newToken);
    }

    @Test
    void a_body_that_is_not_an_array_of_events_is_a_400_naming_the_body() {
        Api.Response response =
                inbound().post("/inbound/email-events/sendgrid?token=" + token, "{\"event\": \"bounce\"}");
        Api.Response malformed = inbound().post("/inbound/email-events/sendgrid?token=" + token, "[{");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("body");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("body");
    }

    @Test
    void an_unknown_provider_is_404() {
        assertThat(inbound()
                        .post("/inbound/email-events/mailgun?token=" + token, "[]")
                        .status())
                .isEqualTo(404);
        assertThat(tenant.api()
                        .post("/settings/email-event-webhooks/mailgun", "{}")
                        .status())
                .isEqualTo(404);
    }

    private Api inbound() {
        return new Api(port, null);
    }
}
