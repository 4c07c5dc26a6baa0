package br.com.regua.bench;

import br.com.regua.delivery.InvoicePdfs;
import br.com.regua.delivery.NoDelaySocketFactory;
import br.com.regua.delivery.UnsubscribeLinks;
import br.com.regua.shared.Brl;
import br.com.regua.shared.Channel;
import br.com.regua.templates.MimeComposer;
import br.com.regua.templates.RenderedMessage;
import br.com.regua.templates.Templates;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.context.ApplicationContext;

/**
 * The floor of benchmarks.md: the same messages Régua sends (same layout rendered with the same
 * values, same headers, the same 30 KB PDF attached), composed before the clock starts, then sent
 * by a bare Jakarta Mail loop over one reused connection with TCP_NODELAY. No database, no
 * outcome recorded: only what any client must do to put these bytes through SMTP.
 */
final class MailFloor {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    /** Sent, elapsed seconds, and the last answer of the server. */
    record Result(int sent, double seconds, String lastAnswer) {}

    private final Session session;
    private final int port;

    MailFloor(int port) {
        this.port = port;
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "30000");
        p.put("mail.smtp.socketFactory.class", NoDelaySocketFactory.class.getName());
        p.put("mail.smtp.socketFactory.fallback", "false");
        p.put("mail.smtp.socketFactory.port", String.valueOf(port));
        this.session = Session.getInstance(p);
    }

    /** The workload's messages, composed exactly as Régua composes them (untimed). */
    List<MimeMessage> prebuild(ApplicationContext context, DataSource dataSource, DispatchWorkload workload)
            throws SQLException {
        Templates templates = context.getBean(Templates.class);
        UnsubscribeLinks unsubscribeLinks = context.getBean(UnsubscribeLinks.class);
        InvoicePdfs invoices = context.getBean(InvoicePdfs.class);
        String merchant = context.getBean(br.com.regua.accounts.Accounts.class)
                .get(workload.account)
                .name();
        List<MimeMessage> messages = new ArrayList<>(workload.count);
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("""
                        SELECT n.id, n.address, n.charge_id, n.days, cu.name, ch.amount, ch.due_date, ch.description,
                               ch.digitable_line, ch.pix_payload, s.from_address, s.from_name
                        FROM notifications n
                        JOIN charges ch ON ch.account_id = n.account_id AND ch.id = n.charge_id
                        JOIN customers cu ON cu.account_id = n.account_id AND cu.id = n.customer_id
                        JOIN senders s ON s.account_id = n.account_id AND s.id = ?
                        WHERE n.account_id = ? ORDER BY n.id""")) {
            p.setObject(1, workload.sender);
            p.setObject(2, workload.account);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    String address = rs.getString(2);
                    UUID charge = rs.getObject(3, UUID.class);
                    String customerName = rs.getString(5);
                    String from = rs.getString(11);
                    String unsubscribe = unsubscribeLinks.url(workload.account, Channel.EMAIL, address);
                    String invoiceLink = invoices.link(workload.account, charge).orElse("");
                    Map<String, String> v = new HashMap<>();
                    v.put("customerName", customerName);
                    v.put("amount", Brl.format(rs.getLong(6)));
                    v.put("dueDate", rs.getObject(7, LocalDate.class).format(DATE));
                    v.put("digitableLine", rs.getString(9));
                    v.put("pixCopyPaste", rs.getString(10));
                    v.put("paymentLink", invoiceLink);
                    v.put("invoiceUrl", invoiceLink);
                    v.put("merchantName", merchant);
                    v.put("unsubscribeLink", unsubscribe);
                    v.put("description", rs.getString(8));
                    v.put("days", String.valueOf(rs.getInt(4)));
                    v.put("chargeId", charge.toString());
                    v.put("reason", "");
                    RenderedMessage rendered = templates.render(workload.account, DispatchWorkload.TEMPLATE, v);
                    var envelope = new MimeComposer.Envelope(
                            from,
                            rs.getString(12),
                            address,
                            customerName,
                            unsubscribe,
                            null,
                            Instant.now(),
                            id + "@" + from.substring(from.indexOf('@') + 1));
                    messages.add(MimeComposer.compose(
                            session,
                            envelope,
                            rendered,
                            List.of(new MimeComposer.Attachment("fatura.pdf", "application/pdf", workload.pdf))));
                }
            }
        }
        return messages;
    }

    /** Bytes one message puts on the wire (its DATA). */
    static long size(MimeMessage message) throws IOException, MessagingException {
        CountingStream out = new CountingStream();
        message.writeTo(out);
        return out.count;
    }

    /**
     * The timed part: one connection, one message after the other. With {@code namedProvider},
     * Jakarta Mail is told its {@code StreamProvider} by system property, as Régua tells it (see
     * {@code MimeComposer}); without it, it runs on its defaults, which look the provider up with a
     * ServiceLoader scan for every part it writes. The property is restored afterwards.
     */
    Result send(List<MimeMessage> messages, boolean namedProvider) throws MessagingException {
        String before = System.getProperty(STREAM_PROVIDER);
        if (namedProvider) System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        else System.clearProperty(STREAM_PROVIDER);
        try {
            return send(messages);
        } finally {
            if (before == null) System.clearProperty(STREAM_PROVIDER);
            else System.setProperty(STREAM_PROVIDER, before);
        }
    }

    private Result send(List<MimeMessage> messages) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect("127.0.0.1", port, null, null);
        try {
            String answer = "";
            long t = System.nanoTime();
            for (MimeMessage m : messages) {
                transport.sendMessage(m, m.getAllRecipients());
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            if (transport instanceof org.eclipse.angus.mail.smtp.SMTPTransport smtp) {
                answer = smtp.getLastServerResponse().trim();
            }
            return new Result(messages.size(), seconds, answer);
        } finally {
            transport.close();
        }
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
