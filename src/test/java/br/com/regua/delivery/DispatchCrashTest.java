package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.ChildRegua;
import br.com.regua.testing.Fixtures;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real Régua process, dispatching 2,000 e-mails to a real SMTP server, killed with SIGKILL in
 * the middle and started again on the same PostgreSQL: nothing is lost, at most one message per
 * dispatch worker goes twice (the one whose 250 arrived and whose outcome had not committed yet),
 * and the restarted instance takes back the dead one's claims and finishes within a minute. The
 * figures go to the test's output and to docs/RELIABILITY.md.
 */
class DispatchCrashTest {

    static final int MESSAGES = 2_000;
    static final int KILL_AFTER = 500;
    static final int WORKERS = 2;
    static final String KEY = "crash-test-key";

    @Test
    void a_sigkill_mid_dispatch_loses_nothing_and_resends_at_most_one_message_per_worker() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "crash-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .start();
                CountingSmtpServer smtp = new CountingSmtpServer()) {
            JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
            Map<String, String> env = Map.of(
                    "REGUA_DATABASE_URL",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "REGUA_DATABASE_USER",
                    "postgres",
                    "REGUA_SECRET_KEY",
                    "crash-test-secret-key-0123456789abcdef",
                    "REGUA_DATA_DIR",
                    dir.resolve("data").toString(),
                    "REGUA_BOOTSTRAP_API_KEY",
                    KEY,
                    "REGUA_ADMIN_PASSWORD",
                    "crash-admin",
                    "REGUA_MAIL_CATCHER",
                    "false",
                    "REGUA_DISPATCH_WORKERS",
                    String.valueOf(WORKERS));

            ChildRegua first = ChildRegua.start(env, dir.resolve("first.log"), Duration.ofSeconds(120));
            String routine;
            try {
                routine = dunningWithClones(first.api(KEY), db, smtp.port());
                first.api(KEY).post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"));
                long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (smtp.accepted() < KILL_AFTER && System.nanoTime() < deadline) Thread.onSpinWait();
                assertThat(smtp.accepted()).as(first.tail()).isGreaterThanOrEqualTo(KILL_AFTER);
            } finally {
                first.kill();
            }
            int acceptedAtKill = smtp.distinct();
            long sentAtKill = count(db, "SENT");
            long sendingAtKill = count(db, "SENDING");
            // The window: accepted by the server, not recorded SENT when the process died.
            long window = acceptedAtKill - sentAtKill;

            long restartedAt = System.nanoTime();
            try (ChildRegua second = ChildRegua.start(env, dir.resolve("second.log"), Duration.ofSeconds(120))) {
                long upAfter = System.nanoTime() - restartedAt;
                long deadline = restartedAt + Duration.ofSeconds(120).toNanos();
                while (count(db, "SENT") < MESSAGES && System.nanoTime() < deadline) Thread.sleep(100);
                long doneAfter = System.nanoTime() - restartedAt;

                String figures = String.format(
                        "crash test: %d e-mails, %d workers, SIGKILL after %d accepted by SMTP; at the kill %d SENT,"
                                + " %d SENDING, %d accepted but not recorded; restart up in %.1f s, all sent %.1f s"
                                + " after the restart; SMTP received %d distinct, %d duplicates; final statuses %s",
                        MESSAGES,
                        WORKERS,
                        KILL_AFTER,
                        sentAtKill,
                        sendingAtKill,
                        window,
                        upAfter / 1e9,
                        doneAfter / 1e9,
                        smtp.distinct(),
                        smtp.duplicates(),
                        statuses(db));
                System.out.println(figures);

                assertThat(count(db, "SENT")).as(figures + "\n" + second.tail()).isEqualTo(MESSAGES);
                assertThat(smtp.distinct()).as("nothing lost: " + figures).isEqualTo(MESSAGES);
                assertThat(db.sql("SELECT count(*) FROM fee_ledger l JOIN notifications n"
                                        + " ON n.account_id = l.account_id AND n.id = l.notification_id"
                                        + " WHERE n.status = 'SENT' AND l.amount = 2")
                                .query(Long.class)
                                .single())
                        .as("one fee line per SENT message, none lost or doubled by the crash")
                        .isEqualTo(MESSAGES);
                assertThat(db.sql("SELECT count(*) FROM fee_ledger")
                                .query(Long.class)
                                .single())
                        .isEqualTo(MESSAGES);
                assertThat(smtp.duplicates())
                        .as("at most one per worker: " + figures)
                        .isLessThanOrEqualTo(WORKERS);
                assertThat(Duration.ofNanos(doneAfter)).as(figures).isLessThan(Duration.ofSeconds(60));
            }
        }
    }

    /**
     * Seed 002's merchant, made through the child's API (an SMTP sender to the counting server, a
     * boleto payment method, AFTER_DUE 13 days by e-mail without the PDF, the overdue notice off, an
     * e-mail routine), with one customer and charge made by the API and cloned by SQL to
     * {@link #MESSAGES}; returns the routine.
     */
    private static String dunningWithClones(Api api, JdbcClient db, int smtpPort) {
        SmtpDunning dunning = SmtpDunning.at(api, smtpPort, false);
        // e-mail billed, so that the fee ledger is checked against the SENT messages across the crash
        api.put("/fees/prices", Map.of("WHATSAPP", 35, "SMS", 0, "EMAIL", 2, "LETTER_PAGE", 190));
        String method = dunning.method();
        var customer = Fixtures.aCustomer();
        customer.put("email", "cliente0@example.com");
        String customerId = api.post("/customers", customer).id();
        String service = api.post("/customers/" + customerId + "/services", Fixtures.aService())
                .id();
        String charge = api.post("/charges", Fixtures.aCharge(customerId, service, method, LocalDate.of(2021, 2, 20)))
                .id();
        UUID account = db.sql("SELECT account_id FROM charges WHERE id = ?")
                .param(UUID.fromString(charge))
                .query(UUID.class)
                .single();
        db.sql("CREATE TABLE crash_rows AS SELECT n, regua_uuid_v7() AS customer_id, regua_uuid_v7() AS contact_id,"
                        + " regua_uuid_v7() AS service_id, regua_uuid_v7() AS charge_id FROM generate_series(1, ?) n")
                .param(MESSAGES - 1)
                .update();
        db.sql("""
                INSERT INTO customers (account_id, id, name, document, document_type, notifications_disabled,
                                       notification_preferences)
                SELECT ?, customer_id, 'Cliente ' || n, lpad(n::text, 11, '0'), 'CPF', false,
                       (SELECT notification_preferences FROM customers WHERE account_id = ? LIMIT 1)
                FROM crash_rows""").params(account, account).update();
        db.sql("""
                INSERT INTO contacts (account_id, id, customer_id, name, email, is_primary, allow_email)
                SELECT ?, contact_id, customer_id, 'Cliente ' || n, 'cliente' || n || '@example.com', true, true
                FROM crash_rows""").param(account).update();
        db.sql("""
                INSERT INTO services (account_id, id, customer_id, description, status)
                SELECT ?, service_id, customer_id, 'Fibra 300M', 'ACTIVE' FROM crash_rows""").param(account).update();
        db.sql("""
                INSERT INTO charges (account_id, id, customer_id, service_id, payment_method_id, origin, amount,
                                     description, due_date, effective_due_date, status, nosso_numero, barcode,
                                     digitable_line, pix_payload)
                SELECT c.account_id, r.charge_id, r.customer_id, r.service_id, c.payment_method_id, c.origin, c.amount,
                       c.description, c.due_date, c.effective_due_date, c.status, (1000000 + r.n)::text, c.barcode,
                       c.digitable_line, c.pix_payload
                FROM crash_rows r CROSS JOIN charges c WHERE c.id = ?""").param(UUID.fromString(charge)).update();
        db.sql("DROP TABLE crash_rows").update();
        return dunning.routine();
    }

    private static long count(JdbcClient db, String status) {
        return db.sql("SELECT count(*) FROM notifications WHERE status = ?")
                .param(status)
                .query(Long.class)
                .single();
    }

    private static Map<String, Long> statuses(JdbcClient db) {
        Map<String, Long> all = new java.util.TreeMap<>();
        db.sql("SELECT status, count(*) FROM notifications GROUP BY status")
                .query((rs, n) -> all.put(rs.getString(1), rs.getLong(2)))
                .list();
        return all;
    }
}
