package br.com.regua.delivery.outbox;

import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The messages the outbox provider kept, per account (the back-office's SMS/WhatsApp outbox). */
@Service
public class OutboxMessages {

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the message and answers its id. A notification is kept once: a retry of the same
     * notification (say, after a crash between storing and marking it sent) answers the first id.
     */
    public UUID store(OutgoingMessage message) {
        List<String> parameters = message.templateParameters() == null ? List.of() : message.templateParameters();
        return jdbc.sql("""
                INSERT INTO outbox_messages (account_id, id, notification_id, sender_id, channel, address, text,
                                             template_name, template_parameters)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id, notification_id) WHERE notification_id IS NOT NULL DO NOTHING
                RETURNING id""")
                .params(
                        message.accountId(),
                        Ids.next(),
                        message.notificationId(),
                        message.senderId(),
                        message.channel().name(),
                        message.address(),
                        message.text(),
                        message.templateName(),
                        parameters.toArray(String[]::new))
                .query(UUID.class)
                .optional()
                .orElseGet(() -> jdbc.sql("SELECT id FROM outbox_messages WHERE account_id = ? AND notification_id = ?")
                        .params(message.accountId(), message.notificationId())
                        .query(UUID.class)
                        .single());
    }

    /** The account's kept messages in the order they were kept, optionally of one channel. */
    public Page<OutboxMessage> list(UUID accountId, Channel channel, PageRequest page) {
        List<OutboxMessage> rows = jdbc.sql("""
                SELECT id, notification_id, sender_id, channel, address, text, template_name, template_parameters,
                       created_at
                FROM outbox_messages
                WHERE account_id = :account
                  AND (CAST(:channel AS text) IS NULL OR channel = :channel)
                  AND (CAST(:after AS uuid) IS NULL OR id > :after)
                ORDER BY id LIMIT :limit""")
                .param("account", accountId)
                .param("channel", channel == null ? null : channel.name())
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query(OutboxMessages::map)
                .list();
        return Page.of(rows, page, OutboxMessage::id);
    }

    /** The account's most recent kept messages, newest first, optionally of one channel. */
    public List<OutboxMessage> recent(UUID accountId, Channel channel, int limit) {
        return jdbc.sql("""
                SELECT id, notification_id, sender_id, channel, address, text, template_name, template_parameters,
                       created_at
                FROM outbox_messages
                WHERE account_id = :account AND (CAST(:channel AS text) IS NULL OR channel = :channel)
                ORDER BY id DESC LIMIT :limit""")
                .param("account", accountId)
                .param("channel", channel == null ? null : channel.name())
                .param("limit", limit)
                .query(OutboxMessages::map)
                .list();
    }

    private static OutboxMessage map(ResultSet rs, int n) throws SQLException {
        return new OutboxMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("notification_id", UUID.class),
                rs.getObject("sender_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("address"),
                rs.getString("text"),
                rs.getString("template_name"),
                Arrays.asList((String[]) rs.getArray("template_parameters").getArray()),
                rs.getTimestamp("created_at").toInstant());
    }
}
