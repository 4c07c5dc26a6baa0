package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.com.regua.notifications.Notification;
import br.com.regua.notifications.Notifications;
import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dispatch batch reads what its messages need once and writes their outcomes together: each
 * notification still ends with its own status, its own answer and its own entries in the
 * state-change log, and what changes while the batch is under way still stops a message.
 */
class BatchDispatchTest extends IntegrationTest {

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbound outbound;

    @Autowired
    MessageFactory messages;

    @Autowired
    Notifications notifications;

    @Autowired
    Suppressions suppressions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DispatchInstance instance;

    SmtpServer smtp;
    Tenant tenant;
    SmtpDunning dunning;

    record Event(String status, String response) {}

    @BeforeEach
    void setUp() {
        smtp = new SmtpServer();
        tenant = newTenant();
        dunning = SmtpDunning.at(api(), smtp.port());
    }

    @AfterEach
    void stopSmtp() {
        smtp.close();
    }

    Api api() {
        return tenant.api();
    }

    String chargeFor(String email) {
        return dunning.chargeFor(email);
    }

    void plan() {
        dunning.runRoutine("2021-03-05");
    }

    Notification only(String charge) {
        List<Notification> all = notifications.forCharge(tenant.id(), UUID.fromString(charge));
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    List<Event> events(Notification n) {
        return jdbc.sql("""
                SELECT status, response FROM notification_events
                WHERE account_id = ? AND notification_id = ? ORDER BY id""")
                .params(tenant.id(), n.id())
                .query((rs, i) -> new Event(rs.getString(1), rs.getString(2)))
                .list();
    }

    @Test
    void one_batch_with_every_kind_of_outcome_records_each_one_with_its_own_answer_and_events() {
        String sent = chargeFor("ana@example.com");
        String bounced = chargeFor("bruno@example.com");
        String retried = chargeFor("carla@example.com");
        String failed = chargeFor("davi@example.com");
        String skipped = chargeFor("eva@example.com");
        smtp.refusePermanently("bruno@example.com");
        smtp.refuseTemporarily("carla@example.com", 1);
        smtp.refuseTemporarily("davi@example.com", 1);
        plan();
        // Davi's notice is on its last try; Eva complained after it was planned.
        jdbc.sql("UPDATE notifications SET attempts = ? WHERE account_id = ? AND charge_id = ?")
                .params(Backoff.maxAttempts() - 1, tenant.id(), UUID.fromString(failed))
                .update();
        suppressions.suppress(
                tenant.id(), Channel.EMAIL, "eva@example.com", Suppressions.Reason.COMPLAINT, "reclamação");
        Instant before = Instant.now();

        assertThat(dispatcher.dispatchBatch(50, tenant.id())).isEqualTo(5);

        assertThat(smtp.received()).hasSize(1);
        Notification ana = only(sent);
        assertThat(ana.status().name()).isEqualTo("SENT");
        assertThat(ana.lastResponse()).startsWith("250");
        assertThat(events(ana))
                .extracting(Event::status, e -> e.response().substring(0, 3))
                .containsExactly(tuple("SENDING", "ten"), tuple("SENT", "250"));
        var sentRow = jdbc.sql("SELECT sent_at, provider_message_id FROM notifications WHERE account_id = ? AND id = ?")
                .params(tenant.id(), ana.id())
                .query()
                .singleRow();
        assertThat(((Timestamp) sentRow.get("sent_at")).toInstant()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat((String) sentRow.get("provider_message_id")).startsWith("<" + ana.id() + "@provedor.com.br>");

        Notification bruno = only(bounced);
        assertThat(bruno.status().name()).isEqualTo("BOUNCED");
        assertThat(bruno.lastResponse()).contains("550");
        assertThat(events(bruno)).extracting(Event::status).containsExactly("SENDING", "BOUNCED");
        assertThat(events(bruno).get(1).response()).contains("550", "User unknown");
        assertThat(suppressions.isSuppressed(tenant.id(), Channel.EMAIL, "bruno@example.com"))
                .isTrue();

        Notification carla = only(retried);
        assertThat(carla.status().name()).isEqualTo("QUEUED");
        assertThat(carla.lastResponse()).contains("451");
        assertThat(events(carla)).extracting(Event::status).containsExactly("SENDING", "RETRY");
        Instant next = jdbc.sql("SELECT next_attempt_at FROM notifications WHERE account_id = ? AND id = ?")
                .params(tenant.id(), carla.id())
                .query(Timestamp.class)
                .single()
                .toInstant();
        assertThat(next)
                .isBetween(before.plus(Backoff.DELAYS.get(0)), Instant.now().plus(Backoff.DELAYS.get(0)));

        Notification davi = only(failed);
        assertThat(davi.status().name()).isEqualTo("FAILED");
        assertThat(davi.attempts()).isEqualTo(Backoff.maxAttempts());
        assertThat(events(davi)).extracting(Event::status).containsExactly("SENDING", "FAILED");
        assertThat(events(davi).get(1).response()).contains("451");

        Notification eva = only(skipped);
        assertThat(eva.status().name()).isEqualTo("SKIPPED");
        assertThat(eva.statusReason()).isEqualTo("ADDRESS_SUPPRESSED");
        assertThat(events(eva))
                .containsExactly(new Event("SENDING", "tentativa 1"), new Event("SKIPPED", "ADDRESS_SUPPRESSED"));

        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE account_id = ? AND status = 'SENDING'")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .as("nothing left claimed")
                .isZero();
    }

    @Test
    void after_a_hard_bounce_the_rest_of_the_batch_sends_nothing_more_to_that_address() {
        String first = chargeFor("maria@example.com");
        String second = chargeFor("MARIA@example.com");
        smtp.refusePermanently("maria@example.com");
        plan();

        dispatcher.dispatchBatch(50, tenant.id());

        assertThat(smtp.rcptAttempts()).as("one RCPT TO, not two").isEqualTo(1);
        List<String> statuses =
                List.of(only(first).status().name(), only(second).status().name());
        assertThat(statuses).containsExactlyInAnyOrder("BOUNCED", "SKIPPED");
        Notification skipped = only(first).status().name().equals("SKIPPED") ? only(first) : only(second);
        assertThat(skipped.statusReason()).isEqualTo("ADDRESS_SUPPRESSED");
    }

    @Test
    void facts_older_than_the_recheck_interval_are_read_again_before_the_next_message() {
        String first = chargeFor("ana@example.com");
        String second = chargeFor("bruno@example.com");
        String third = chargeFor("carla@example.com");
        plan();
        List<Claimed> claimed = outbound.claim(instance.id(), Instant.now(), 50, tenant.id());
        assertThat(claimed).hasSize(3);
        Claimed ofFirst = claimedFor(claimed, first);
        MessageFactory.Batch fresh = messages.batch(claimed, Duration.ZERO);
        MessageFactory.Batch slow = messages.batch(claimed, Duration.ofHours(1));
        assertThat(fresh.build(ofFirst)).isInstanceOf(MessageFactory.Ready.class);
        assertThat(slow.build(ofFirst)).isInstanceOf(MessageFactory.Ready.class);

        // Paid while the batch is under way: its notice is SENDING, so only the dispatcher's check stops it.
        api().post("/charges/" + second + "/payments", Map.of("notifyCustomer", false));
        api().post("/charges/" + third + "/payments", Map.of("notifyCustomer", false));

        assertThat(fresh.build(claimedFor(claimed, second)))
                .isEqualTo(new MessageFactory.Dropped("CANCELLED", "CHARGE_PAID"));
        assertThat(slow.build(claimedFor(claimed, second)))
                .as("within the interval the batch's own reading stands")
                .isInstanceOf(MessageFactory.Ready.class);
        assertThat(fresh.build(claimedFor(claimed, third)))
                .isEqualTo(new MessageFactory.Dropped("CANCELLED", "CHARGE_PAID"));
        release(claimed);
    }

    @Test
    void a_slow_batch_of_a_live_instance_is_never_taken_back_however_long_it_takes() {
        chargeFor("ana@example.com");
        chargeFor("bruno@example.com");
        plan();
        List<Claimed> claimed = outbound.claim(instance.id(), Instant.now(), 50, tenant.id());
        assertThat(claimed).hasSize(2);
        // An hour on one slow server: the claims are old, but their instance keeps its heartbeat.
        jdbc.sql("UPDATE notifications SET updated_at = now() - interval '1 hour' WHERE account_id = ?")
                .param(tenant.id())
                .update();
        instance.heartbeat();
        claimed.forEach(c -> instance.inFlight().add(c.id()));

        instance.recover();

        assertThat(statuses()).containsOnly("SENDING");
        assertThat(outbound.record(
                        instance.id(),
                        List.of(Outcome.sent(claimed.get(0), Instant.now(), "250 2.0.0 Ok", "<x@provedor.com.br>", 1))))
                .as("the outcome of a claim still held is written")
                .isEqualTo(1);
        claimed.forEach(c -> instance.inFlight().remove(c.id()));
        release(claimed.subList(1, 2));
    }

    @Test
    void a_dead_instances_claims_are_taken_back_and_its_late_outcome_changes_nothing() {
        String charge = chargeFor("ana@example.com");
        plan();
        UUID dead = UUID.randomUUID();
        jdbc.sql(
                        "INSERT INTO dispatch_instances (id, host, heartbeat_at) VALUES (?, 'morta', now() - interval '1 minute')")
                .param(dead)
                .update();
        List<Claimed> claimed = outbound.claim(dead, Instant.now(), 50, tenant.id());
        assertThat(claimed).hasSize(1);

        instance.recover();

        assertThat(statuses()).containsExactly("QUEUED");
        assertThat(events(only(charge))).extracting(Event::status).containsExactly("SENDING", "QUEUED");
        assertThat(outbound.record(dead, List.of(Outcome.sent(claimed.get(0), Instant.now(), "250 Ok", "<y@x>", 1))))
                .as("the dead instance's late write touches a row it no longer holds")
                .isZero();
        assertThat(events(only(charge))).as("and logs nothing").hasSize(2);

        dispatcher.dispatchAll(tenant.id());

        assertThat(only(charge).status().name()).isEqualTo("SENT");
        assertThat(only(charge).attempts()).as("the dead instance's try counts").isEqualTo(2);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void an_own_claim_that_no_batch_holds_any_more_is_taken_back() {
        String charge = chargeFor("ana@example.com");
        plan();
        outbound.claim(instance.id(), Instant.now(), 50, tenant.id());
        jdbc.sql("UPDATE notifications SET updated_at = now() - interval '1 minute' WHERE account_id = ?")
                .param(tenant.id())
                .update();
        instance.heartbeat();

        instance.recover();

        assertThat(only(charge).status().name()).isEqualTo("QUEUED");
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM notifications WHERE account_id = ? ORDER BY id")
                .param(tenant.id())
                .query(String.class)
                .list();
    }

    @Test
    void a_stored_invoice_is_attached_as_stored_and_one_not_yet_stored_is_rendered_then() throws Exception {
        String stored = chargeFor("ana@example.com");
        String notYet = chargeFor("bruno@example.com");
        plan();
        var download = api().getBytes("/charges/" + stored + "/invoice.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        byte[] storedPdf = pdfOf(stored);
        assertThat(download.body()).isEqualTo(storedPdf);

        dispatcher.dispatchBatch(50, tenant.id());

        assertThat(smtp.received()).hasSize(2);
        for (var mail : smtp.received()) {
            byte[] attached = DispatchTest.attachment(mail, "fatura.pdf");
            if (mail.getAllRecipients()[0].toString().contains("ana@")) {
                assertThat(attached).isEqualTo(storedPdf);
            } else {
                assertThat(attached).isEqualTo(pdfOf(notYet));
            }
        }
    }

    /** Leaves nothing SENDING for the tests that follow. */
    private void release(List<Claimed> claimed) {
        outbound.record(
                instance.id(),
                claimed.stream()
                        .map(c -> Outcome.dropped(c, Instant.now(), "CANCELLED", "fim do teste"))
                        .toList());
    }

    private byte[] pdfOf(String charge) {
        return jdbc.sql("SELECT pdf FROM invoices WHERE account_id = ? AND charge_id = ?")
                .params(tenant.id(), UUID.fromString(charge))
                .query(byte[].class)
                .single();
    }

    private static Claimed claimedFor(List<Claimed> claimed, String charge) {
        return claimed.stream()
                .filter(c -> c.chargeId().toString().equals(charge))
                .findFirst()
                .orElseThrow();
    }
}
