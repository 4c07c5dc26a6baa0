package br.com.regua.notifications;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the outbox, and cancels what is still queued for a charge that closed. */
@Service
public class Notifications {

    private static final String SELECT = """
            SELECT id, charge_id, customer_id, source, rule_id, trigger, days, channel, recipient, address,
                   occurrence_date, scheduled_for, priority, status, status_reason, template_id, attach_invoice,
                   routine_run_id, attempts, last_response, created_at, updated_at
            FROM notifications
            """;

    /** The notices about a charge's closing, which its closing does not cancel. */
    private static final String CLOSING = java.util.Arrays.stream(EventNotice.values())
            .filter(EventNotice::aboutClosing)
            .map(n -> "'" + n.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One state change of a notification: when, to what, and the server's answer or the reason. */
    public record Event(java.time.Instant at, String status, String response) {}

    /** A notification with its history, oldest change first. */
    public record Detail(Notification notification, List<Event> events) {}

    public java.util.Optional<Detail> detail(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(Notifications::map)
                .optional()
                .map(n -> new Detail(
                        n,
                        jdbc.sql("""
                                SELECT at, status, response FROM notification_events
                                WHERE account_id = ? AND notification_id = ? ORDER BY id""")
                                .params(accountId, id)
                                .query((rs, i) ->
                                        new Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)))
                                .list()));
    }

    public List<Notification> forCharge(UUID accountId, UUID chargeId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND charge_id = ? ORDER BY id")
                .params(accountId, chargeId)
                .query(Notifications::map)
                .list();
    }

    /** The notifications a manual resend queued, in order. */
    public List<Notification> ofResend(UUID accountId, UUID resendId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND resend_id = ? ORDER BY id")
                .params(accountId, resendId)
                .query(Notifications::map)
                .list();
    }

    public Page<Notification> list(UUID accountId, NotificationFilter filter, PageRequest page) {
        var rows = jdbc.sql(SELECT + """
                 WHERE account_id = :account
                   AND (CAST(:after AS uuid) IS NULL OR id > :after)
                   AND (CAST(:charge AS uuid) IS NULL OR charge_id = :charge)
                   AND (CAST(:status AS text) IS NULL OR status = :status)
                   AND (CAST(:channel AS text) IS NULL OR channel = :channel)
                   AND (CAST(:from AS date) IS NULL OR scheduled_for >= :from)
                   AND (CAST(:to AS date) IS NULL OR scheduled_for <= :to)
                   AND (CAST(:run AS uuid) IS NULL OR routine_run_id = :run)
                 ORDER BY id LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param("charge", filter.chargeId())
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param(
                        "channel",
                        filter.channel() == null ? null : filter.channel().name())
                .param("from", filter.from())
                .param("to", filter.to())
                .param("run", filter.routineRunId())
                .param("limit", page.fetchSize())
                .query(Notifications::map)
                .list();
        return Page.of(rows, page, Notification::id);
    }

    /**
     * A charge paid or cancelled before its notices went out gets none of them: whatever is still
     * queued is cancelled, except the notices about its closing (payment, cancellation, of its
     * subscription or carnê).
     */
    int cancelQueued(UUID accountId, UUID chargeId, String reason) {
        return cancelQueued(accountId, java.util.List.of(chargeId), reason);
    }

    /** As {@link #cancelQueued(UUID, UUID, String)}, for many charges in one statement. */
    int cancelQueued(UUID accountId, java.util.Collection<UUID> chargeIds, String reason) {
        // One statement: the status change and its entry in the state-change log.
        return jdbc.sql("""
                WITH cancelled AS (
                    UPDATE notifications SET status = 'CANCELLED', status_reason = :reason, updated_at = now()
                    WHERE account_id = :account AND charge_id = ANY(CAST(:charges AS uuid[]))
                      AND status IN ('QUEUED', 'HELD')
                      AND source NOT IN (%s)
                    RETURNING account_id, id)
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, id, 'CANCELLED', :reason FROM cancelled""".formatted(CLOSING))
                .param("reason", reason)
                .param("account", accountId)
                .param("charges", uuids(chargeIds))
                .update();
    }

    private static Notification map(ResultSet rs, int n) throws SQLException {
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Notification(
                rs.getObject("id", UUID.class),
                rs.getObject("charge_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("source"),
                rs.getObject("rule_id", UUID.class),
                rs.getString("trigger"),
                (Integer) rs.getObject("days"),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("recipient"),
                rs.getString("address"),
                rs.getObject("occurrence_date", LocalDate.class),
                rs.getObject("scheduled_for", LocalDate.class),
                rs.getInt("priority"),
                NotificationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"),
                rs.getString("template_id"),
                rs.getBoolean("attach_invoice"),
                rs.getObject("routine_run_id", UUID.class),
                rs.getInt("attempts"),
                rs.getString("last_response"),
                rs.getTimestamp("created_at").toInstant(),
                updated.toInstant());
    }

    /** A PostgreSQL array literal of ids. */
    static String uuids(java.util.Collection<UUID> ids) {
        java.util.StringJoiner array = new java.util.StringJoiner(",", "{", "}");
        ids.forEach(id -> array.add(id.toString()));
        return array.toString();
    }
}
