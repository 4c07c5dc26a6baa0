package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.shared.Channel;
import br.com.regua.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SMTP refusals that are not the recipient's — the sender's address, relaying, the message's size
 * — fail the notice with the server's answer and never put a customer on the suppression list; a
 * refusal that is clearly the sender's pauses it, and the rest of the run waits for it instead of
 * failing. Only the recipient's own refusals (RCPT TO, 5.1.x/5.2.x) bounce and suppress.
 */
class SenderRefusalDispatchTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    Suppressions suppressions;

    @Autowired
    org.springframework.core.env.ConfigurableEnvironment environment;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(tenant.api(), smtp.port());
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void a_sender_refused_at_mail_from_fails_the_notice_pauses_the_sender_and_suppresses_nobody() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String bia = "bia-" + UUID.randomUUID() + "@example.com";
        String first = dunning.chargeFor(ana);
        String second = dunning.chargeFor(bia);
        smtp.refuseSender("553 5.7.1 <cobranca@provedor.com.br>: Sender address rejected: not owned by user");
        dunning.runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        // The batch has no order between the two: whichever went first was refused.
        boolean firstWent = only(first).status() == NotificationStatus.FAILED;
        String refusedCharge = firstWent ? first : second;
        String waitingCharge = firstWent ? second : first;
        Notification refused = only(refusedCharge);
        assertThat(refused.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(refused.lastResponse()).contains("553").contains("Sender address rejected");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, ana)).isFalse();
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, bia)).isFalse();
        var sender = tenant.api().get("/senders/" + dunning.sender());
        assertThat(sender.field("active")).isEqualTo("false");
        assertThat(sender.field("pausedReason")).contains("553");
        Notification waiting = only(waitingCharge);
        assertThat(waiting.status()).as("the rest waits for the sender").isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.statusReason()).isEqualTo("WAITING_FOR_SENDER");
        assertThat(waiting.attempts()).isZero();

        smtp.acceptSender();
        tenant.api().post("/senders/" + dunning.sender() + "/activation", Map.of("active", true));
        assertThat(tenant.api().get("/senders/" + dunning.sender()).field("pausedReason"))
                .isNull();
        later(Duration.ofMinutes(3));
        dispatcher.dispatchAll(tenant.id());

        assertThat(only(waitingCharge).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(only(waitingCharge).attempts()).isEqualTo(1);
        assertThat(only(refusedCharge).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void relaying_denied_at_rcpt_to_is_the_senders_fault_not_the_recipients() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String charge = dunning.chargeFor(ana);
        smtp.refuseRecipient(ana, "554 5.7.1 <" + ana + ">: Relay access denied");
        dunning.runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(only(charge).lastResponse()).contains("Relay access denied");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, ana)).isFalse();
        assertThat(tenant.api().get("/senders/" + dunning.sender()).field("active"))
                .isEqualTo("false");
    }

    @Test
    void a_message_too_large_fails_the_notice_without_suppressing_the_address_or_pausing_the_sender() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String charge = dunning.chargeFor(ana);
        smtp.refuseData("552 5.3.4 Message size exceeds fixed maximum message size");
        dunning.runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(only(charge).lastResponse()).contains("552 5.3.4");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, ana)).isFalse();
        assertThat(tenant.api().get("/senders/" + dunning.sender()).field("active"))
                .isEqualTo("true");
    }

    @Test
    void a_full_mailbox_is_the_recipients_and_bounces_with_the_address_suppressed() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String charge = dunning.chargeFor(ana);
        smtp.refuseRecipient(ana, "552 5.2.2 <" + ana + ">: Mailbox full");
        dunning.runRoutine("2021-03-05");

        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status()).isEqualTo(NotificationStatus.BOUNCED);
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, ana)).isTrue();
    }

    @Test
    void a_notice_waits_for_a_switched_off_sender_without_spending_its_tries() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String charge = dunning.chargeFor(ana);
        dunning.runRoutine("2021-03-05");
        tenant.api().post("/senders/" + dunning.sender() + "/activation", Map.of("active", false));

        // Three hours with the only sender off (credentials being rotated), the dispatcher looking
        // every ten minutes: the notice waits, it does not fail.
        for (int i = 0; i < 18; i++) {
            dispatcher.dispatchAll(tenant.id());
            later(Duration.ofMinutes(10));
        }

        Notification waiting = only(charge);
        assertThat(waiting.status()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(waiting.statusReason()).isEqualTo("WAITING_FOR_SENDER");
        assertThat(waiting.attempts()).isZero();
        List<Notifications.Event> events =
                notifications.detail(tenant.id(), waiting.id()).orElseThrow().events();
        assertThat(events).filteredOn(e -> e.status().equals("WAITING")).hasSize(1);
        assertThat(tenant.api().get("/charges/" + charge + "/diagnosis").text())
                .as("the diagnosis says the notice waits for its sender")
                .contains("SENDER_WAITED_FOR", "aguardando um remetente ativo");

        tenant.api().post("/senders/" + dunning.sender() + "/activation", Map.of("active", true));
        later(Duration.ofMinutes(3));
        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(only(charge).statusReason()).isNull();
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void a_sender_on_a_private_address_the_setting_refuses_sends_nothing_and_is_paused() {
        String ana = "ana-" + UUID.randomUUID() + "@example.com";
        String charge = dunning.chargeFor(ana);
        dunning.runRoutine("2021-03-05");
        // Saved while private hosts were allowed (the suite's setting); the installation then refuses them.
        environment
                .getPropertySources()
                .addFirst(new org.springframework.core.env.MapPropertySource(
                        "refuse-private", Map.of("regua.senders.allow-private", "false")));
        try {
            dispatcher.dispatchAll(tenant.id());
        } finally {
            environment.getPropertySources().remove("refuse-private");
        }

        assertThat(smtp.received()).isEmpty();
        assertThat(only(charge).status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(only(charge).lastResponse()).startsWith("Servidor SMTP recusado");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, ana)).isFalse();
        assertThat(tenant.api().get("/senders/" + dunning.sender()).field("active"))
                .isEqualTo("false");
    }

    private void later(Duration duration) {
        Instant now = clock.instant();
        clock.set(now.plus(duration));
    }

    private Notification only(String charge) {
        List<Notification> all = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
