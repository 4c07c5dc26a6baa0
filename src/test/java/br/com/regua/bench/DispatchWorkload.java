package br.com.regua.bench;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charge;
import br.com.regua.charges.ChargeData;
import br.com.regua.charges.Charges;
import br.com.regua.customers.CustomerData;
import br.com.regua.customers.Customers;
import br.com.regua.customers.ServiceData;
import br.com.regua.customers.ServiceStatus;
import br.com.regua.delivery.InvoicePdfs;
import br.com.regua.paymentmethods.BoletoData;
import br.com.regua.paymentmethods.PaymentKind;
import br.com.regua.paymentmethods.PaymentMethodData;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.senders.SenderData;
import br.com.regua.senders.Senders;
import br.com.regua.senders.SmtpSecurity;
import br.com.regua.shared.Channel;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;

/**
 * The "Dispatch" workload of benchmarks.md: one account whose SMTP sender points at the sink, and
 * {@code count} queued e-mail notifications (after-due notice, built-in layout, invoice attached),
 * each for a charge of its own whose invoice PDF is already stored.
 *
 * <p>One charge is made through Régua's own facades, so that it has a real boleto, and its invoice
 * is rendered by Régua; the rest are copies made with set-based SQL (each with its own customer,
 * contact, address and nosso número), every one storing that PDF, padded to {@link #PDF_BYTES}.
 */
final class DispatchWorkload {

    static final String TEMPLATE = "builtin-after-due-email";
    static final int PDF_BYTES = 30 * 1024;

    final UUID account;
    final UUID sender;
    final int count;
    final int renderedPdfBytes;
    final byte[] pdf;

    private DispatchWorkload(UUID account, UUID sender, int count, int renderedPdfBytes, byte[] pdf) {
        this.account = account;
        this.sender = sender;
        this.count = count;
        this.renderedPdfBytes = renderedPdfBytes;
        this.pdf = pdf;
    }

    static DispatchWorkload generate(ApplicationContext context, int sinkPort, int count) throws SQLException {
        DataSource dataSource = context.getBean(DataSource.class);
        UUID account = context.getBean(Accounts.class)
                .create("Provedor (benchmark de envio)", "financeiro@provedor-bench.example")
                .id();
        UUID sender = context.getBean(Senders.class)
                .create(
                        account,
                        new SenderData(
                                "Principal",
                                Channel.EMAIL,
                                "127.0.0.1",
                                sinkPort,
                                SmtpSecurity.NONE,
                                null,
                                null,
                                "cobranca@provedor-bench.example",
                                "Provedor Exemplo",
                                true,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                .id();
        UUID method = context.getBean(PaymentMethods.class)
                .create(
                        account,
                        new PaymentMethodData(
                                "Boleto Banco do Brasil",
                                PaymentKind.BOLETO,
                                sender.toString(),
                                new BoletoData("001", "1234", "56789", "18", "1234567"),
                                null,
                                null))
                .id();
        var customer = context.getBean(Customers.class)
                .create(
                        account,
                        new CustomerData("Maria Silva", "529.982.247-25", "maria@example.com", null, null, false));
        var service = context.getBean(br.com.regua.customers.Services.class)
                .add(
                        account,
                        customer.id(),
                        new ServiceData("Fibra 300M", ServiceStatus.ACTIVE, true, true, true, null));
        Charge model = context.getBean(Charges.class)
                .create(
                        account,
                        new ChargeData(
                                customer.id().toString(),
                                service.id().toString(),
                                method.toString(),
                                15990L,
                                LocalDate.now().minusDays(10),
                                "Mensalidade Fibra 300M",
                                null));
        byte[] rendered = context.getBean(InvoicePdfs.class)
                .pdf(account, model.id())
                .orElseThrow(() -> new IllegalStateException("the model charge has no invoice"));
        byte[] pdf = pad(rendered);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String sql : clones(account, sender, method, model, count)) s.execute(sql);
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO invoices (account_id, charge_id, pdf)
                    SELECT account_id, id, ? FROM charges WHERE account_id = ? AND id <> ?""")) {
                p.setBytes(1, pdf);
                p.setObject(2, account);
                p.setObject(3, model.id());
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                // The model charge was only a mould: it has no notification, and its invoice stays as rendered.
                s.execute("VACUUM (ANALYZE) customers, contacts, services, charges, invoices, notifications,"
                        + " notification_events");
                s.execute("CHECKPOINT");
            }
        }
        return new DispatchWorkload(account, sender, count, rendered.length, pdf);
    }

    /**
     * A PDF ends at its last {@code %%EOF}; readers ignore what follows a comment line, so the
     * rendered invoice is padded with PDF comment lines up to the workload's 30 KB.
     */
    private static byte[] pad(byte[] rendered) {
        if (rendered.length >= PDF_BYTES) return rendered;
        StringBuilder padding = new StringBuilder("\n");
        while (rendered.length + padding.length() < PDF_BYTES) {
            padding.append("% padding to the benchmark's 30 KB invoice\n");
        }
        byte[] tail = padding.substring(0, PDF_BYTES - rendered.length).getBytes(StandardCharsets.US_ASCII);
        byte[] padded = new byte[PDF_BYTES];
        System.arraycopy(rendered, 0, padded, 0, rendered.length);
        System.arraycopy(tail, 0, padded, rendered.length, tail.length);
        return padded;
    }

    private static List<String> clones(UUID account, UUID sender, UUID method, Charge model, int count) {
        String a = "'" + account + "'::uuid";
        String m = "'" + method + "'::uuid";
        String modelCharge = "'" + model.id() + "'::uuid";
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TEMP TABLE bench_rows AS SELECT n, regua_uuid_v7() AS customer_id,"
                + " regua_uuid_v7() AS contact_id, regua_uuid_v7() AS service_id, regua_uuid_v7() AS charge_id"
                + " FROM generate_series(1, " + count + ") n");
        sql.add("ANALYZE bench_rows");
        sql.add("""
                INSERT INTO customers (account_id, id, name, document, document_type, notifications_disabled,
                                       notification_preferences)
                SELECT %s, customer_id, 'Cliente ' || n, lpad(n::text, 11, '0'), 'CPF', false,
                       (SELECT notification_preferences FROM customers WHERE account_id = %s LIMIT 1)
                FROM bench_rows ORDER BY n""".formatted(a, a));
        sql.add("""
                INSERT INTO contacts (account_id, id, customer_id, name, email, is_primary, allow_email)
                SELECT %s, contact_id, customer_id, 'Cliente ' || n, 'cliente' || n || '@example.com', true, true
                FROM bench_rows ORDER BY n""".formatted(a));
        sql.add("""
                INSERT INTO services (account_id, id, customer_id, description, status)
                SELECT %s, service_id, customer_id, 'Fibra 300M', 'ACTIVE' FROM bench_rows ORDER BY n""".formatted(a));
        sql.add("""
                INSERT INTO charges (account_id, id, customer_id, service_id, payment_method_id, origin, amount,
                                     description, due_date, effective_due_date, status, nosso_numero, barcode,
                                     digitable_line, pix_payload)
                SELECT %s, r.charge_id, r.customer_id, r.service_id, %s, c.origin, c.amount, c.description,
                       c.due_date, c.effective_due_date, c.status, (1000000 + r.n)::text, c.barcode,
                       c.digitable_line, c.pix_payload
                FROM bench_rows r CROSS JOIN charges c
                WHERE c.account_id = %s AND c.id = %s ORDER BY r.n""".formatted(a, m, a, modelCharge));
        sql.add("""
                INSERT INTO sending_rules (account_id, id, payment_method_id, trigger, days, channel, template_id,
                                           attach_invoice, active)
                VALUES (%s, regua_uuid_v7(), %s, 'AFTER_DUE', 1, 'EMAIL', '%s', true, true)""".formatted(a, m, TEMPLATE));
        sql.add("""
                INSERT INTO notifications (account_id, id, charge_id, customer_id, source, rule_id, trigger, days,
                                           channel, contact_id, address, occurrence_date, scheduled_for, priority,
                                           template_id, attach_invoice, status, next_attempt_at)
                SELECT %s, regua_uuid_v7(), r.charge_id, r.customer_id, sr.id::text, sr.id, 'AFTER_DUE', 1,
                       'EMAIL', r.contact_id, 'cliente' || r.n || '@example.com', c.due_date + 1,
                       current_date - 1, 2, '%s', true, 'QUEUED', now() - interval '1 minute'
                FROM bench_rows r
                JOIN charges c ON c.account_id = %s AND c.id = r.charge_id
                CROSS JOIN sending_rules sr
                WHERE sr.account_id = %s
                ORDER BY r.n""".formatted(a, TEMPLATE, a, a));
        sql.add("DROP TABLE bench_rows");
        return sql;
    }

    /** Everything back in the queue, as the planner left it: no attempts, no events. */
    void requeue(DataSource dataSource) throws SQLException {
        String a = "'" + account + "'";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("UPDATE notifications SET status = 'QUEUED', attempts = 0, next_attempt_at = now() - interval"
                    + " '1 minute', claimed_at = NULL, sent_at = NULL, provider_message_id = NULL,"
                    + " last_response = NULL, status_reason = NULL WHERE account_id = " + a);
            s.execute("DELETE FROM notification_events WHERE account_id = " + a);
            s.execute("VACUUM (ANALYZE) notifications, notification_events");
            s.execute("CHECKPOINT");
        }
    }

    /** How many of the workload's notifications are still to be handled (QUEUED or SENDING). */
    long pending(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT count(*) FROM notifications WHERE account_id = ? AND status IN ('QUEUED', 'SENDING')")) {
            p.setObject(1, account);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** How many of the workload's routine notices are SENT. */
    long sent(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM notifications WHERE account_id = ?"
                + " AND status = 'SENT' AND resend_id IS NULL")) {
            p.setObject(1, account);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The round's manual resends and what they queued, gone: the next round starts from the same
     * 20,000 routine notices, and the charge's resend limits are not spent round after round.
     */
    void forgetResends(DataSource dataSource) throws SQLException {
        String a = "'" + account + "'";
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM notification_events e USING notifications n WHERE e.account_id = " + a
                    + " AND n.account_id = e.account_id AND n.id = e.notification_id AND n.resend_id IS NOT NULL");
            s.execute("DELETE FROM fee_ledger f USING notifications n WHERE f.account_id = " + a
                    + " AND n.account_id = f.account_id AND n.id = f.notification_id AND n.resend_id IS NOT NULL");
            s.execute("DELETE FROM notifications WHERE account_id = " + a + " AND resend_id IS NOT NULL");
            s.execute("DELETE FROM charge_resends WHERE account_id = " + a);
        }
    }

    /**
     * Problems with the outcome of a run: every notification SENT once, with the server's answer,
     * its send time and Message-ID, and exactly its SENDING and SENT events. Empty when all is well.
     */
    List<String> check(DataSource dataSource) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            problem(c, problems, "notifications not SENT", """
                    SELECT count(*) FROM notifications WHERE account_id = ? AND status <> 'SENT'""");
            problem(c, problems, "SENT without the server's 250, a send time or a Message-ID", """
                    SELECT count(*) FROM notifications WHERE account_id = ? AND status = 'SENT'
                      AND (last_response NOT LIKE '250%' OR sent_at IS NULL OR provider_message_id IS NULL
                           OR attempts <> 1)""");
            problem(c, problems, "notifications without exactly one SENDING and one SENT event", """
                    SELECT count(*) FROM notifications n WHERE n.account_id = ? AND (
                        (SELECT count(*) FROM notification_events e WHERE e.account_id = n.account_id
                            AND e.notification_id = n.id AND e.status = 'SENDING') <> 1
                     OR (SELECT count(*) FROM notification_events e WHERE e.account_id = n.account_id
                            AND e.notification_id = n.id AND e.status = 'SENT' AND e.response LIKE '250%') <> 1
                     OR (SELECT count(*) FROM notification_events e WHERE e.account_id = n.account_id
                            AND e.notification_id = n.id) <> 2)""");
            try (PreparedStatement p =
                    c.prepareStatement("SELECT count(*) FROM notifications WHERE account_id = ? AND status = 'SENT'"
                            + " AND resend_id IS NULL")) {
                p.setObject(1, account);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) != count) problems.add("SENT: " + rs.getLong(1) + " of " + count);
                }
            }
        }
        return problems;
    }

    /** The server's answer to one of them, as recorded: to show in the report. */
    String oneAnswer(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement(
                        "SELECT last_response FROM notifications WHERE account_id = ? AND status = 'SENT' LIMIT 1")) {
            p.setObject(1, account);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getString(1) : "(none)";
            }
        }
    }

    private void problem(Connection c, List<String> problems, String label, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setObject(1, account);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) problems.add(label + ": " + rs.getLong(1));
            }
        }
    }
}
