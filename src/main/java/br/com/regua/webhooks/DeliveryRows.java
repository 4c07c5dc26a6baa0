package br.com.regua.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox's claims and outcomes, and the delivery log. */
@Repository
class DeliveryRows {

    /** How long a claimed event is left to its instance: well past the connect and read timeouts. */
    static final Duration LEASE = Duration.ofSeconds(60);

    /** An event claimed for delivery, with what sending it needs. */
    record Claim(
            UUID accountId,
            UUID endpointId,
            long seq,
            String messageId,
            String url,
            String sealedSecret,
            String payload,
            Instant claimedUntil) {}

    /** The endpoint after a failure was counted: whether this very failure paused it. */
    record Failure(int consecutiveFailures, boolean pausedNow) {}

    private final JdbcClient jdbc;

    DeliveryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the oldest undelivered event of each active endpoint whose turn has come, at most
     * {@code limit} endpoints. Only an endpoint's oldest event is ever a candidate, and it stays
     * undelivered while it is in flight, so an endpoint never has two deliveries at once; SKIP
     * LOCKED and the lease keep two instances off the same event. {@code account} null: every
     * account's.
     */
    List<Claim> claim(Instant now, int limit, UUID account) {
        Instant until = now.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
        return jdbc.sql("""
                WITH heads AS (
                    SELECT h.account_id, h.endpoint_id, h.seq
                    FROM webhook_endpoints p
                    CROSS JOIN LATERAL (
                        SELECT w.account_id, w.endpoint_id, w.seq, w.next_attempt_at, w.claimed_until
                        FROM webhook_events w
                        WHERE w.account_id = p.account_id AND w.endpoint_id = p.id AND w.delivered_at IS NULL
                        ORDER BY w.seq LIMIT 1) h
                    WHERE p.active AND (CAST(:account AS uuid) IS NULL OR p.account_id = :account)
                      AND (h.next_attempt_at IS NULL OR h.next_attempt_at <= :now)
                      AND (h.claimed_until IS NULL OR h.claimed_until < :now)
                    ORDER BY h.next_attempt_at NULLS FIRST
                    LIMIT :limit),
                locked AS (
                    SELECT w.account_id, w.endpoint_id, w.seq
                    FROM webhook_events w JOIN heads USING (account_id, endpoint_id, seq)
                    WHERE w.delivered_at IS NULL AND (w.claimed_until IS NULL OR w.claimed_until < :now)
                    FOR UPDATE OF w SKIP LOCKED)
                UPDATE webhook_events w SET claimed_until = :until, attempts = w.attempts + 1
                FROM locked l, webhook_endpoints p
                WHERE w.account_id = l.account_id AND w.endpoint_id = l.endpoint_id AND w.seq = l.seq
                  AND p.account_id = w.account_id AND p.id = w.endpoint_id
                RETURNING w.account_id, w.endpoint_id, w.seq, w.message_id, p.url, p.secret,
                          CAST(w.payload AS text) AS payload""")
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(until))
                .param("limit", limit)
                .param("account", account)
                .query((rs, n) -> new Claim(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("endpoint_id", UUID.class),
                        rs.getLong("seq"),
                        rs.getString("message_id"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getString("payload"),
                        until))
                .list();
    }

    void log(Claim claim, UUID id, Instant at, WebhookSender.Answer answer) {
        jdbc.sql("""
                INSERT INTO webhook_deliveries
                    (account_id, endpoint_id, id, event_seq, attempted_at, status_code, latency_ms, response_body, error)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        claim.accountId(),
                        claim.endpointId(),
                        id,
                        claim.seq(),
                        Timestamp.from(at),
                        answer.status(),
                        (int) Math.min(Integer.MAX_VALUE, answer.latencyMs()),
                        answer.body(),
                        answer.error())
                .update();
    }

    /** The event is delivered; the endpoint's failures in a row are over. */
    void delivered(Claim claim, Instant at) {
        jdbc.sql("""
                UPDATE webhook_events SET delivered_at = ?, claimed_until = NULL
                WHERE account_id = ? AND endpoint_id = ? AND seq = ?""")
                .params(Timestamp.from(at), claim.accountId(), claim.endpointId(), claim.seq())
                .update();
        jdbc.sql("UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE account_id = ? AND id = ?")
                .params(claim.accountId(), claim.endpointId())
                .update();
    }

    /**
     * Counts a failure; at the {@link RetrySchedule#PAUSE_AFTER}-th in a row the endpoint is
     * paused (its events wait, due as soon as it is turned on again), otherwise the event waits
     * its turn in the schedule.
     */
    Failure failed(Claim claim, Instant at) {
        int failures = jdbc.sql("""
                UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1
                WHERE account_id = ? AND id = ? RETURNING consecutive_failures""")
                .params(claim.accountId(), claim.endpointId())
                .query(Integer.class)
                .optional()
                .orElse(0);
        boolean pausedNow = false;
        if (RetrySchedule.pauses(failures)) {
            pausedNow =
                    jdbc.sql("""
                            UPDATE webhook_endpoints SET active = false, disabled_reason = 'FAILURES', updated_at = now()
                            WHERE account_id = ? AND id = ? AND active""").params(claim.accountId(), claim.endpointId()).update() == 1;
        }
        Instant next = RetrySchedule.pauses(failures) ? null : at.plus(RetrySchedule.after(failures));
        release(claim, next);
        return new Failure(failures, pausedNow);
    }

    /** The receiver answered 410 Gone: the endpoint is turned off; its events wait for it. */
    void gone(Claim claim) {
        jdbc.sql("""
                UPDATE webhook_endpoints
                SET active = false, disabled_reason = 'GONE', consecutive_failures = consecutive_failures + 1,
                    updated_at = now()
                WHERE account_id = ? AND id = ?""").params(claim.accountId(), claim.endpointId()).update();
        release(claim, null);
    }

    private void release(Claim claim, Instant next) {
        jdbc.sql("""
                UPDATE webhook_events SET claimed_until = NULL, next_attempt_at = ?
                WHERE account_id = ? AND endpoint_id = ? AND seq = ? AND claimed_until = ?""")
                .params(
                        next == null ? null : Timestamp.from(next),
                        claim.accountId(),
                        claim.endpointId(),
                        claim.seq(),
                        Timestamp.from(claim.claimedUntil()))
                .update();
    }

    /** The log, newest first; {@code before} is the last id of the previous page. */
    List<DeliveryAttempt> attempts(UUID accountId, UUID endpointId, UUID before, int limit) {
        return jdbc.sql("""
                SELECT d.*, w.message_id, w.type, (d.status_code BETWEEN 200 AND 299) AS delivered
                FROM webhook_deliveries d
                JOIN webhook_events w ON w.account_id = d.account_id AND w.endpoint_id = d.endpoint_id AND w.seq = d.event_seq
                WHERE d.account_id = :account AND d.endpoint_id = :endpoint
                  AND (CAST(:before AS uuid) IS NULL OR d.id < :before)
                ORDER BY d.id DESC LIMIT :limit""")
                .param("account", accountId)
                .param("endpoint", endpointId)
                .param("before", before)
                .param("limit", limit)
                .query(DeliveryRows::attempt)
                .list();
    }

    /** A new event at the end of the endpoint's queue with the payload and id of a delivered one. */
    Optional<String> requeue(UUID accountId, UUID endpointId, UUID deliveryId) {
        return jdbc.sql("""
                INSERT INTO webhook_events (account_id, endpoint_id, message_id, type, payload)
                SELECT w.account_id, w.endpoint_id, w.message_id, w.type, w.payload
                FROM webhook_deliveries d
                JOIN webhook_events w ON w.account_id = d.account_id AND w.endpoint_id = d.endpoint_id AND w.seq = d.event_seq
                WHERE d.account_id = ? AND d.endpoint_id = ? AND d.id = ?
                RETURNING message_id""")
                .params(accountId, endpointId, deliveryId)
                .query(String.class)
                .optional();
    }

    private static DeliveryAttempt attempt(ResultSet rs, int n) throws SQLException {
        return new DeliveryAttempt(
                rs.getObject("id", UUID.class),
                rs.getString("message_id"),
                rs.getString("type"),
                rs.getTimestamp("attempted_at").toInstant(),
                (Integer) rs.getObject("status_code"),
                rs.getInt("latency_ms"),
                rs.getString("response_body"),
                rs.getString("error"),
                rs.getBoolean("delivered"));
    }
}
