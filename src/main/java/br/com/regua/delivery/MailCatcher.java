package br.com.regua.delivery;

import br.com.regua.shared.Ids;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.server.SMTPServer;

/**
 * The embedded default's mail catcher: a real SMTP server on loopback, inside Régua, that keeps
 * every message it receives. The first account gets a sender pointing at it, so a newcomer sees
 * real e-mails (headers, layout, PDF) in the back-office on the first run without any mail
 * server. Production sets {@code REGUA_MAIL_CATCHER=false}.
 */
@Component
@ConditionalOnProperty(name = "regua.mail-catcher.enabled", havingValue = "true", matchIfMissing = true)
public class MailCatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailCatcher.class);

    private final JdbcClient jdbc;
    private SMTPServer server;

    MailCatcher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The port it listens on, on 127.0.0.1 (chosen at start). */
    public int port() {
        return server.getPortAllocated();
    }

    @Override
    public synchronized void start() {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("regua-mail-catcher")
                .messageHandlerFactory(context -> new Catch())
                .build();
        server.start();
        jdbc.sql("UPDATE senders SET host = '127.0.0.1', port = ? WHERE provider = 'CATCHER'")
                .param(port())
                .update();
        log.info("Mail catcher listening on 127.0.0.1:{}", port());
    }

    @Override
    public synchronized void stop() {
        if (server != null) server.stop();
        server = null;
    }

    @Override
    public boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** Start after the database is migrated; stop before it closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    private final class Catch implements MessageHandler {
        private String from;
        private final List<String> to = new ArrayList<>();

        @Override
        public void from(String from) {
            this.from = from;
        }

        @Override
        public void recipient(String recipient) {
            to.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException {
            byte[] raw = data.readAllBytes();
            String subject = null;
            String messageId = null;
            UUID account = null;
            try {
                MimeMessage mime =
                        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
                subject = mime.getSubject();
                messageId = mime.getMessageID();
                account = accountOf(mime.getHeader(EmailSender.ACCOUNT_HEADER, null));
            } catch (jakarta.mail.MessagingException unreadable) {
                // keep the raw message anyway: catching is the point
            }
            // Only an account that has a sender pointing here can own what arrives: anything else
            // that reaches the port is kept but shown to nobody.
            jdbc.sql("""
                    INSERT INTO caught_messages (id, account_id, message_id, mail_from, rcpt_to, subject, raw)
                    VALUES (?, (SELECT account_id FROM senders WHERE provider = 'CATCHER' AND account_id = ? LIMIT 1),
                            ?, ?, ?, ?, ?)""")
                    .params(Ids.next(), account, messageId, from, String.join(", ", to), subject, raw)
                    .update();
            return null;
        }

        @Override
        public void done() {}
    }

    private static UUID accountOf(String header) {
        if (header == null) return null;
        try {
            return UUID.fromString(header.strip());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
