package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.notifications.Notifications;
import br.com.regua.senders.SenderRateLimits;
import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * §4 "respect per-sender and per-recipient-domain rates": what is over the limit waits in the
 * queue, paced, without spending its tries, and goes out when the budget allows.
 */
class SendRatesTest extends IntegrationTest {

    /** The dispatcher's "now", fixed once the notices are queued (they are due from the moment they are). */
    Instant t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Notifications notifications;

    @Autowired
    SenderRateLimits senderRateLimits;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;
    String sender;

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(api(), smtp.port());
        sender = dunning.sender();
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    /** One charge due 20/02/2021 per address, all queued by the run of 05/03/2021 (seed 002). */
    List<String> queue(String... addresses) {
        List<String> charges = new ArrayList<>();
        for (String address : addresses) charges.add(dunning.chargeFor(address));
        dunning.runRoutine("2021-03-05");
        t0 = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        clock.set(t0);
        return charges;
    }

    Notification notificationOf(String charge) {
        return notifications.forCharge(tenant.id(), UUID.fromString(charge)).get(0);
    }

    List<String> received() {
        return smtp.received().stream()
                .map(m -> {
                    try {
                        return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void a_sender_over_its_limit_holds_the_rest_back_and_sends_them_at_the_allowed_pace() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 2));
        List<String> charges =
                queue("a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com");

        dispatcher.dispatchAll(tenant.id());

        assertThat(smtp.received()).hasSize(2);
        List<Notification> waiting = charges.stream()
                .map(this::notificationOf)
                .filter(n -> n.status() == NotificationStatus.QUEUED)
                .toList();
        assertThat(waiting).hasSize(3).allSatisfy(n -> {
            assertThat(n.attempts()).as("a deferral spends no try").isZero();
            assertThat(n.lastResponse()).isEqualTo("limite de envio do remetente: 2 por minuto");
        });
        List<Instant> slots = jdbc
                .sql("SELECT next_attempt_at FROM notifications WHERE account_id = ? AND status = 'QUEUED' ORDER BY 1")
                .param(tenant.id())
                .query(Instant.class)
                .list()
                .stream()
                .map(i -> i.truncatedTo(ChronoUnit.MILLIS))
                .toList();
        // One every 30 s (2 a minute), the first when the next token is back.
        assertThat(slots).containsExactly(t0.plusSeconds(30), t0.plusSeconds(60), t0.plusSeconds(90));

        clock.set(t0.plusSeconds(30));
        dispatcher.dispatchAll(tenant.id());
        assertThat(smtp.received()).hasSize(3);

        clock.set(t0.plus(Duration.ofMinutes(3)));
        dispatcher.dispatchAll(tenant.id());
        assertThat(received())
                .containsExactlyInAnyOrder(
                        "a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com");
        assertThat(charges.stream().map(this::notificationOf)).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.attempts()).isEqualTo(1);
        });
        var deferrals = jdbc.sql(
                        "SELECT count(*) FROM notification_events WHERE account_id = ? AND status = 'DEFERRED'")
                .param(tenant.id())
                .query(Long.class)
                .single();
        assertThat(deferrals)
                .as("paced slots: each held-back notice waits once")
                .isEqualTo(3);
        String heldBack = waiting.get(0).id().toString();
        var history = api().get("/notifications/" + heldBack).json();
        assertThat(history.get("notification").get("status").asString()).isEqualTo("SENT");
        assertThat(history.get("events").findValuesAsString("status"))
                .containsExactly("SENDING", "DEFERRED", "SENDING", "SENT");
        assertThat(history.get("events").get(1).get("response").asString())
                .isEqualTo("limite de envio do remetente: 2 por minuto");
        assertThat(newAccount().get("/notifications/" + heldBack).status()).isEqualTo(404);
    }

    @Test
    void a_recipient_domain_over_its_limit_waits_while_other_domains_go() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perDomain", Map.of("gmail.com", 1)));
        List<String> charges = queue("a@gmail.com", "b@GMAIL.com", "c@example.com", "d@example.com");

        dispatcher.dispatchAll(tenant.id());

        assertThat(received()).hasSize(3).contains("c@example.com", "d@example.com");
        assertThat(charges.stream().map(this::notificationOf).filter(n -> n.status() == NotificationStatus.QUEUED))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.address()).endsWithIgnoringCase("@gmail.com");
                    assertThat(n.lastResponse()).isEqualTo("limite de envio do remetente para gmail.com: 1 por minuto");
                });

        clock.set(t0.plus(Duration.ofMinutes(1)));
        dispatcher.dispatchAll(tenant.id());
        assertThat(received()).hasSize(4);
    }

    @Test
    void any_other_domain_has_a_budget_of_its_own() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perDomain", Map.of("*", 1, "example.com", 5)));
        queue("x@a.com.br", "y@a.com.br", "z@b.com.br", "c@example.com", "d@example.com", "e@example.com");

        dispatcher.dispatchAll(tenant.id());

        assertThat(received()).hasSize(5).contains("z@b.com.br", "c@example.com", "d@example.com", "e@example.com");
    }

    @Test
    void a_limit_reached_on_the_sender_gives_the_domain_its_token_back() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perSecond", 1, "perDomain", Map.of("example.com", 1)));
        clock.set(t0);
        SendRates rates = new SendRates(senderRateLimits, dataSource, clock);
        UUID senderId = UUID.fromString(sender);
        assertThat(rates.take(claimed(), message(senderId, "a@gmail.com"), false))
                .isEmpty();
        assertThat(rates.take(claimed(), message(senderId, "c@example.com"), false))
                .get()
                .extracting(SendRates.Deferral::reason)
                .isEqualTo("limite de envio do remetente: 1 por segundo");

        clock.set(t0.plusSeconds(1));

        // Had the refused message spent example.com's token (1 a minute), this one would wait a minute.
        assertThat(rates.take(claimed(), message(senderId, "c@example.com"), false))
                .isEmpty();
    }

    @Test
    void every_instance_draws_on_the_same_budget() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 3));
        clock.set(t0);
        SendRates one = new SendRates(senderRateLimits, dataSource, clock);
        SendRates two = new SendRates(senderRateLimits, dataSource, clock);
        UUID senderId = UUID.fromString(sender);

        assertThat(one.take(claimed(), message(senderId, "a@example.com"), false))
                .isEmpty();
        assertThat(two.take(claimed(), message(senderId, "b@example.com"), false))
                .isEmpty();
        assertThat(one.take(claimed(), message(senderId, "c@example.com"), false))
                .isEmpty();
        assertThat(two.take(claimed(), message(senderId, "d@example.com"), false))
                .isPresent();
        assertThat(one.take(claimed(), message(senderId, "e@example.com"), false))
                .isPresent();
    }

    @Test
    void an_event_notice_over_the_limit_retries_as_soon_as_a_token_returns_instead_of_joining_the_backlog() {
        api().put("/senders/" + sender + "/rate-limits", Map.of("perMinute", 1));
        clock.set(t0);
        SendRates rates = new SendRates(senderRateLimits, dataSource, clock);
        UUID senderId = UUID.fromString(sender);
        rates.take(claimed(), message(senderId, "a@example.com"), false);
        var routineBacklog = rates.take(claimed(), message(senderId, "b@example.com"), false);
        rates.take(claimed(), message(senderId, "c@example.com"), false);

        var urgent = rates.take(claimed(), message(senderId, "d@example.com"), true);

        assertThat(routineBacklog).get().extracting(SendRates.Deferral::until).isEqualTo(t0.plusSeconds(60));
        assertThat(urgent).get().extracting(SendRates.Deferral::until).isEqualTo(t0.plusSeconds(60));
    }

    Claimed claimed() {
        return new Claimed(
                tenant.id(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "test",
                "AFTER_DUE",
                13,
                Channel.EMAIL,
                "CUSTOMER",
                "x@example.com",
                LocalDate.of(2021, 3, 5),
                "email-after-due",
                false,
                1,
                2,
                false);
    }

    OutgoingMessage message(UUID senderId, String address) {
        return new OutgoingMessage(
                tenant.id(),
                UUID.randomUUID(),
                Channel.EMAIL,
                senderId,
                address,
                "Assunto",
                "<p>Olá</p>",
                "Olá",
                List.of(),
                Map.of(),
                null,
                List.of());
    }
}
