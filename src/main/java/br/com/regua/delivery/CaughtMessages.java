package br.com.regua.delivery;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What the mail catcher received, as an account sees it: the messages of its own notices and tests. */
@Service
public class CaughtMessages {

    public record Caught(UUID id, String from, String to, String subject, Instant receivedAt) {}

    private static final String MINE = "account_id = ?";

    private final JdbcClient jdbc;

    CaughtMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Caught> list(UUID accountId) {
        return jdbc.sql("SELECT id, mail_from, rcpt_to, subject, received_at FROM caught_messages WHERE " + MINE
                        + " ORDER BY received_at DESC LIMIT 200")
                .param(accountId)
                .query((rs, n) -> new Caught(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The message as it arrived, parsed; empty when it is not one of the account's. */
    public Optional<MimeMessage> get(UUID accountId, UUID id) {
        return jdbc.sql("SELECT raw FROM caught_messages WHERE id = ? AND " + MINE)
                .params(id, accountId)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .map(raw -> {
                    try {
                        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
