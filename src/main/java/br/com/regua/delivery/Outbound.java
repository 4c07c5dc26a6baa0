package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's view of the outbox: claiming due notifications without two workers ever
 * holding the same one ({@code FOR UPDATE SKIP LOCKED}), and recording each outcome with its
 * time and the server's answer.
 */
@Repository
class Outbound {

    private final JdbcClient jdbc;

    Outbound(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims up to {@code limit} queued notifications whose time has come (their retry time has
     * passed and their send date is today or earlier in their account's time zone): manual resends
     * first, then event notices, then routine notices.
     */
    @Transactional
    List<Claimed> claim(Instant now, int limit) {
        List<Claimed> claimed = jdbc.sql("""
                WITH due AS (
                    SELECT n.account_id, n.id FROM notifications n JOIN accounts a ON a.id = n.account_id
                    WHERE n.status = 'QUEUED' AND n.next_attempt_at <= :now
                      AND n.scheduled_for <= (CAST(:now AS timestamptz) AT TIME ZONE a.time_zone)::date
                    ORDER BY n.priority, n.next_attempt_at
                    LIMIT :limit
                    FOR UPDATE OF n SKIP LOCKED)
                UPDATE notifications n
                SET status = 'SENDING', attempts = n.attempts + 1, claimed_at = :now, updated_at = now()
                FROM due WHERE n.account_id = due.account_id AND n.id = due.id
                RETURNING n.account_id, n.id, n.charge_id, n.customer_id, n.contact_id, n.source, n.trigger, n.days,
                          n.channel, n.address, n.occurrence_date, n.template_id, n.attach_invoice, n.attempts, n.priority""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, i) -> new Claimed(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getObject("charge_id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getObject("contact_id", UUID.class),
                        rs.getString("source"),
                        rs.getString("trigger"),
                        (Integer) rs.getObject("days"),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getString("address"),
                        rs.getObject("occurrence_date", LocalDate.class),
                        rs.getString("template_id"),
                        rs.getBoolean("attach_invoice"),
                        rs.getInt("attempts"),
                        rs.getInt("priority")))
                .list();
        for (Claimed c : claimed) event(c.accountId(), c.id(), "SENDING", "tentativa " + c.attempts());
        return claimed;
    }

    void sent(Claimed c, String response, String providerMessageId) {
        finish(c, "SENT", response, null);
        jdbc.sql("UPDATE notifications SET sent_at = now(), provider_message_id = ? WHERE account_id = ? AND id = ?")
                .params(providerMessageId, c.accountId(), c.id())
                .update();
    }

    /** Back to the queue, to be tried again at {@code nextAttempt}. */
    void retry(Claimed c, String response, Instant nextAttempt) {
        jdbc.sql("""
                UPDATE notifications SET status = 'QUEUED', last_response = ?, next_attempt_at = ?, claimed_at = NULL,
                                         updated_at = now()
                WHERE account_id = ? AND id = ? AND status = 'SENDING'""")
                .params(truncate(response), Timestamp.from(nextAttempt), c.accountId(), c.id())
                .update();
        event(c.accountId(), c.id(), "RETRY", response);
    }

    /**
     * Over a rate limit: back to the queue until {@code until}, without spending one of its
     * tries (the claim counted one).
     */
    void deferred(Claimed c, String reason, Instant until) {
        jdbc.sql("""
                UPDATE notifications SET status = 'QUEUED', attempts = attempts - 1, next_attempt_at = ?,
                                         last_response = ?, claimed_at = NULL, updated_at = now()
                WHERE account_id = ? AND id = ? AND status = 'SENDING'""")
                .params(Timestamp.from(until), reason, c.accountId(), c.id())
                .update();
        event(c.accountId(), c.id(), "DEFERRED", reason);
    }

    void failed(Claimed c, String response) {
        finish(c, "FAILED", response, null);
    }

    void bounced(Claimed c, String response) {
        finish(c, "BOUNCED", response, null);
    }

    /** Not sent because something changed since it was queued (e.g. the charge was paid). */
    void dropped(Claimed c, String status, String reason) {
        finish(c, status, null, reason);
    }

    private void finish(Claimed c, String status, String response, String reason) {
        jdbc.sql("""
                UPDATE notifications SET status = ?, last_response = COALESCE(?, last_response),
                       status_reason = COALESCE(?, status_reason), claimed_at = NULL, updated_at = now()
                WHERE account_id = ? AND id = ? AND status = 'SENDING'""")
                .params(status, truncate(response), reason, c.accountId(), c.id())
                .update();
        event(c.accountId(), c.id(), status, response != null ? response : reason);
    }

    /**
     * A worker that died mid-send leaves its notifications SENDING; after {@code staleAfter} they
     * go back to the queue. (The message may have left before the crash: SMTP gives at-least-once,
     * and a stable Message-ID lets receivers drop the duplicate.)
     */
    int requeueStale(Instant before) {
        return jdbc.sql("""
                WITH stale AS (
                    UPDATE notifications SET status = 'QUEUED', claimed_at = NULL, updated_at = now()
                    WHERE status = 'SENDING' AND claimed_at < ? RETURNING account_id, id)
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, id, 'QUEUED', 'reenfileirada: o envio anterior não terminou' FROM stale""").param(Timestamp.from(before)).update();
    }

    void event(UUID accountId, UUID notificationId, String status, String response) {
        jdbc.sql("INSERT INTO notification_events (account_id, notification_id, status, response) VALUES (?, ?, ?, ?)")
                .params(accountId, notificationId, status, truncate(response))
                .update();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
    }
}
