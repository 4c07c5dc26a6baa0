package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.subscriptions.Subscriptions;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001 through a real SMTP server: the "cobrança gerada" e-mail of a subscription's charge
 * cannot reach the customer, so the charge stays issued, the subscription is deactivated with the
 * reason and generates nothing more, and the merchant is e-mailed the number, the reason and the
 * boleto's link.
 */
class SubscriptionAutoDeactivationTest extends IntegrationTest {

    static final String MERCHANT = "financeiro@provedor.com.br";

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    InvoicePdfs invoices;

    SmtpServer smtp;
    Tenant tenant;
    Api api;
    SmtpDunning dunning;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        clock.setToday(LocalDate.of(2027, 1, 5));
        tenant = newTenant("Provedor Fibra Sul");
        api = tenant.api();
        dunning = SmtpDunning.at(api, smtp.port());
        api.put("/settings/email-events", Map.of("chargeCreated", true));
        api.put("/settings/account", Map.of("name", "Provedor Fibra Sul", "notificationEmail", MERCHANT));
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void an_unknown_address_550_5_1_1_deactivates_the_subscription_as_hard_bounce_and_tells_the_merchant()
            throws Exception {
        String id = subscriptionFor("inexistente@example.com");
        smtp.refusePermanently("inexistente@example.com");

        generateAndDispatch(id);

        assertDeactivated(id, "HARD_BOUNCE", "não existe ou foi informado incorretamente");
    }

    @Test
    void a_full_mailbox_552_5_2_2_deactivates_the_subscription_as_mailbox_full() throws Exception {
        String id = subscriptionFor("cheia@example.com");
        smtp.refuseRecipient("cheia@example.com", "552 5.2.2 Mailbox full");

        generateAndDispatch(id);

        assertDeactivated(id, "MAILBOX_FULL", "a caixa de entrada do cliente está cheia");
    }

    @Test
    void a_server_answering_451_until_the_retry_bound_deactivates_the_subscription_as_server_unavailable()
            throws Exception {
        String id = subscriptionFor("lento@example.com");
        smtp.refuseTemporarily("lento@example.com", 100);

        generateAndDispatch(id);
        assertThat(api.get("/subscriptions/" + id).field("status"))
                .as("one transient answer is not enough")
                .isEqualTo("ACTIVE");
        for (int i = 0; i < Backoff.maxAttempts(); i++) {
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            dispatcher.dispatchAll(tenant.id());
        }

        assertDeactivated(id, "SERVER_UNAVAILABLE", "servidor de e-mail do cliente ficou indisponível");
    }

    @Test
    void a_complaint_from_the_inbound_webhook_deactivates_the_subscription_as_complaint() throws Exception {
        String id = subscriptionFor("reclamou@example.com");
        generateAndDispatch(id);
        String token = api.post("/settings/email-event-webhooks/sendgrid", "{}").field("token");

        Api.Response received = new Api(port, null)
                .post(
                        "/inbound/email-events/sendgrid?token=" + token,
                        "[{\"email\": \"reclamou@example.com\", \"timestamp\": 1513299569, \"event\": \"spamreport\","
                                + " \"sg_event_id\": \"37nvH5QBz858KGVYCM4uOA==\"}]");

        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertDeactivated(id, "COMPLAINT", "marcou o e-mail de cobrança como spam");
    }

    @Test
    void a_complaint_naming_the_message_id_deactivates_the_subscription_by_that_very_notice() throws Exception {
        String id = subscriptionFor("reclamou@example.com");
        generateAndDispatch(id);
        String messageId = smtp.received().get(0).getMessageID();
        String notification = api.get("/charges/" + charges(id).get(0) + "/notifications")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        String token = api.post("/settings/email-event-webhooks/sendgrid", "{}").field("token");

        new Api(port, null)
                .post(
                        "/inbound/email-events/sendgrid?token=" + token,
                        "[{\"email\": \"reclamou@example.com\", \"event\": \"spamreport\", \"smtp-id\": \"" + messageId
                                + "\"}]");

        assertDeactivated(id, "COMPLAINT", "marcou o e-mail de cobrança como spam");
        assertThat(api.get("/subscriptions/" + id)
                        .json()
                        .get("deactivatedBy")
                        .get("notificationId")
                        .asString())
                .isEqualTo(notification);
    }

    @Test
    void an_unsubscribe_click_deactivates_the_subscription_as_unsubscribed() throws Exception {
        String id = subscriptionFor("saiu@example.com");
        generateAndDispatch(id);
        String link = smtp.received().get(0).getHeader("List-Unsubscribe")[0].replaceAll(".*<(http[^>]+)>.*", "$1");
        URI local = URI.create("http://localhost:" + port + URI.create(link).getPath());

        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(local)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertDeactivated(id, "UNSUBSCRIBED", "pediu para não receber mais");
    }

    @Test
    void a_553_at_mail_from_is_the_senders_fault_and_does_not_deactivate_the_subscription() {
        String id = subscriptionFor("maria@example.com");
        smtp.refuseSender("553 5.7.1 Sender address rejected");

        generateAndDispatch(id);

        assertThat(api.get("/subscriptions/" + id).field("status")).isEqualTo("ACTIVE");
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void without_the_merchants_notification_email_the_subscription_is_still_deactivated_and_nobody_else_is_emailed() {
        api.put("/settings/account", Map.of("name", "Provedor Fibra Sul"));
        String id = subscriptionFor("inexistente@example.com");
        smtp.refusePermanently("inexistente@example.com");

        generateAndDispatch(id);

        assertThat(api.get("/subscriptions/" + id).field("deactivationReason")).isEqualTo("HARD_BOUNCE");
        assertThat(smtp.received()).isEmpty();
    }

    private String subscriptionFor(String email) {
        var customer = Fixtures.aCustomer();
        customer.put("email", email);
        String customerId = api.post("/customers", customer).id();
        String service = api.post("/customers/" + customerId + "/services", Fixtures.aService())
                .id();
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId",
                customerId,
                "serviceId",
                service,
                "paymentMethodId",
                dunning.method(),
                "amount",
                9990,
                "description",
                "Plano Fibra",
                "cycle",
                "MONTHLY",
                "firstDueDate",
                "2027-01-31"));
        return api.post("/subscriptions", body).id();
    }

    private void generateAndDispatch(String id) {
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 21));
        assertThat(charges(id)).hasSize(1);
        dispatcher.dispatchAll(tenant.id());
    }

    private List<String> charges(String subscriptionId) {
        List<String> ids = new java.util.ArrayList<>();
        api.get("/charges?subscriptionId=" + subscriptionId)
                .json()
                .get("items")
                .forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private void assertDeactivated(String id, String reason, String explanation) throws Exception {
        Api.Response s = api.get("/subscriptions/" + id);
        assertThat(s.field("status")).isEqualTo("DEACTIVATED");
        assertThat(s.field("deactivationReason")).isEqualTo(reason);
        assertThat(s.json().get("deactivatedBy").get("notificationId").asString())
                .isNotBlank();
        String charge = charges(id).get(0);
        assertThat(api.get("/charges/" + charge).field("status"))
                .as("the charge stays issued")
                .isEqualTo("PENDING");

        subscriptions.generate(tenant.id(), LocalDate.of(2027, 6, 30));
        assertThat(charges(id)).as("nothing more is generated").hasSize(1);

        List<MimeMessage> toMerchant = smtp.received().stream()
                .filter(m -> recipient(m).equals(MERCHANT))
                .toList();
        assertThat(toMerchant).hasSize(1);
        String number = s.field("number");
        String text = DispatchTest.bodyOf(toMerchant.get(0));
        String link = invoices.link(tenant.id(), UUID.fromString(charge)).orElseThrow();
        assertThat(toMerchant.get(0).getSubject()).contains("nº " + number);
        assertThat(text).contains("nº " + number, "Maria Silva", explanation, link);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
