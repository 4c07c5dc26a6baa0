package br.com.regua.delivery.inbound;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.Suppressions;
import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Amazon SES through SNS: permanent bounces and complaints suppress; the subscription is confirmed only at SNS. */
class SesNotificationsTest extends IntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String PERMANENT_BOUNCE = """
            {"notificationType":"Bounce","bounce":{"feedbackId":"0100017c-bounce","bounceType":"Permanent",
             "bounceSubType":"General","bouncedRecipients":[{"emailAddress":"inexistente@example.com","action":"failed",
             "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"timestamp":"2026-03-05T11:10:02.000Z",
             "reportingMTA":"dsn; a8-31.smtp-out.amazonses.com"},
             "mail":{"timestamp":"2026-03-05T11:10:01.000Z","source":"cobranca@provedor.com.br",
             "messageId":"0100017c-message","destination":["inexistente@example.com"]}}""";

    static final String TRANSIENT_BOUNCE = """
            {"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"MailboxFull",
             "bouncedRecipients":[{"emailAddress":"cheia@example.com"}],"timestamp":"2026-03-05T11:10:02.000Z"},
             "mail":{"messageId":"0100017c-message-2"}}""";

    static final String COMPLAINT = """
            {"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"reclamou@example.com"}],
             "timestamp":"2026-03-05T12:00:00.000Z","feedbackId":"0100017c-complaint","complaintFeedbackType":"abuse"},
             "mail":{"messageId":"0100017c-message-3"}}""";

    @RegisterExtension
    static WireMockExtension sns = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    Suppressions suppressions;

    Tenant tenant;
    String token;

    @BeforeEach
    void setUp() {
        tenant = newTenant();
        token = tenant.api().post("/settings/email-event-webhooks/ses", "{}").field("token");
    }

    @Test
    void a_permanent_bounce_and_a_complaint_suppress_their_recipients() {
        Api.Response bounce = post(notification(PERMANENT_BOUNCE));
        Api.Response complaint = post(notification(COMPLAINT));

        assertThat(bounce.status()).as(bounce.toString()).isEqualTo(200);
        assertThat(bounce.json().get("suppressed").asInt()).isEqualTo(1);
        assertThat(complaint.json().get("suppressed").asInt()).isEqualTo(1);
        assertThat(suppressions.list(tenant.id()))
                .extracting(Suppressions.Suppression::address, Suppressions.Suppression::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("inexistente@example.com", "HARD_BOUNCE"),
                        org.assertj.core.groups.Tuple.tuple("reclamou@example.com", "COMPLAINT"));
    }

    @Test
    void a_transient_bounce_changes_nothing() {
        Api.Response response = post(notification(TRANSIENT_BOUNCE));

        assertThat(response.json().get("ignored").asInt()).isEqualTo(1);
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, "cheia@example.com"))
                .isFalse();
    }

    @Test
    void the_same_notification_twice_suppresses_once() {
        post(notification(PERMANENT_BOUNCE));

        assertThat(post(notification(PERMANENT_BOUNCE)).json().get("suppressed").asInt())
                .isZero();
        assertThat(suppressions.list(tenant.id())).hasSize(1);
    }

    @Test
    void a_notification_without_the_accounts_token_gets_401_and_changes_nothing() {
        Api.Response response = new Api(port, null).post("/inbound/email-events/ses", notification(PERMANENT_BOUNCE));

        assertThat(response.status()).isEqualTo(401);
        assertThat(suppressions.list(tenant.id())).isEmpty();
    }

    @Test
    void a_subscription_confirmation_that_does_not_point_at_sns_is_refused_and_not_visited() {
        String confirmation = JSON.writeValueAsString(Map.of(
                "Type", "SubscriptionConfirmation",
                "MessageId", "165545c9-2a5c-472c-8df2-7ff2be2b3b1b",
                "Token", "2336412f37",
                "TopicArn", "arn:aws:sns:us-east-1:123456789012:ses-bounces",
                "SubscribeURL", sns.baseUrl() + "/?Action=ConfirmSubscription&Token=2336412f37"));

        Api.Response response = post(confirmation);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("SubscribeURL");
        sns.verify(0, getRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void a_subscription_is_confirmed_by_visiting_its_subscribe_url() {
        sns.stubFor(get(urlPathEqualTo("/")).willReturn(ok("<ConfirmSubscriptionResponse/>")));
        var subscriptions = new SesSubscriptions(RestClient.builder(), "http://localhost:[0-9]+/.*");

        boolean confirmed = subscriptions.confirm(sns.baseUrl() + "/?Action=ConfirmSubscription&Token=2336412f37");

        assertThat(confirmed).isTrue();
        sns.verify(getRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void only_sns_addresses_are_accepted_by_default() {
        var subscriptions = new SesSubscriptions(RestClient.builder(), "");

        assertThat(subscriptions.isSnsUrl("https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription"))
                .isTrue();
        assertThat(subscriptions.isSnsUrl("https://sns.us-east-1.amazonaws.com.evil.example/"))
                .isFalse();
        assertThat(subscriptions.isSnsUrl("http://sns.us-east-1.amazonaws.com/"))
                .isFalse();
        assertThat(subscriptions.isSnsUrl("https://169.254.169.254/latest/meta-data/"))
                .isFalse();
    }

    private Api.Response post(String body) {
        return new Api(port, null).post("/inbound/email-events/ses?token=" + token, body);
    }

    /** The SNS envelope around an SES notification, as SNS posts it. */
    private static String notification(String sesMessage) {
        return JSON.writeValueAsString(Map.of(
                "Type", "Notification",
                "MessageId", "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
                "TopicArn", "arn:aws:sns:us-east-1:123456789012:ses-bounces",
                "Message", sesMessage,
                "Timestamp", "2026-03-05T11:10:03.000Z",
                "SignatureVersion", "1",
                "Signature", "EXAMPLEpH+..",
                "SigningCertURL", "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000.pem"));
    }
}
