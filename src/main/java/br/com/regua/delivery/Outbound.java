package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher's view of the outbox: claiming due notifications without two workers ever
 * holding the same one ({@code FOR UPDATE SKIP LOCKED}), and recording each outcome with its
 * time and the server's answer.
 */
@Repository
class Outbound {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Outbound(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Claims up to {@code limit} queued notifications whose time has come (their retry time has
     * passed and their send date is today or earlier in their account's time zone): manual resends
     * first, then event notices, then routine notices. One statement: the claim and its SENDING
     * entries in the state-change log commit together.
     */
    List<Claimed> claim(Instant now, int limit) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT n.account_id, n.id FROM notifications n JOIN accounts a ON a.id = n.account_id
                    WHERE n.status = 'QUEUED' AND n.next_attempt_at <= :now
                      AND n.scheduled_for <= (CAST(:now AS timestamptz) AT TIME ZONE a.time_zone)::date
                    ORDER BY n.priority, n.next_attempt_at
                    LIMIT :limit
                    FOR UPDATE OF n SKIP LOCKED),
                claimed AS (
                    UPDATE notifications n
                    SET status = 'SENDING', attempts = n.attempts + 1, claimed_at = :now, updated_at = now()
                    FROM due WHERE n.account_id = due.account_id AND n.id = due.id
                    RETURNING n.account_id, n.id, n.charge_id, n.customer_id, n.contact_id, n.source, n.trigger,
                              n.days, n.channel, n.address, n.occurrence_date, n.template_id, n.attach_invoice,
                              n.attempts, n.priority, n.next_attempt_at),
                logged AS (
                    INSERT INTO notification_events (account_id, notification_id, at, status, response)
                    SELECT account_id, id, :now, 'SENDING', 'tentativa ' || attempts FROM claimed)
                SELECT * FROM claimed ORDER BY priority, next_attempt_at""")
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
    }

    /**
     * Writes the outcomes of (part of) a batch in one statement, so one commit: each row that is
     * still SENDING takes its new status, and each outcome gets its entry in the state-change log
     * with its own time and the server's answer or the reason. Until this commits the
     * notifications stay SENDING, so a crash before it leaves them to {@link #requeueStale}.
     *
     * <p>{@code stillHeld} are the batch's notifications not handled yet: their claim is renewed
     * to {@code now}, so that a batch slowed down by a slow server is not taken for a dead worker's
     * and requeued (and sent twice) while it is still going through them.
     */
    void record(List<Outcome> outcomes, List<Claimed> stillHeld, Instant now) {
        if (outcomes.isEmpty() && stillHeld.isEmpty()) return;
        List<Map<String, Object>> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            Map<String, Object> row = new HashMap<>();
            row.put("account_id", o.claimed().accountId().toString());
            row.put("id", o.claimed().id().toString());
            row.put("at", o.at().toString());
            row.put("status", o.status());
            row.put("event", o.event());
            row.put("response", truncate(o.response()));
            row.put("reason", o.reason());
            row.put(
                    "next_attempt_at",
                    o.nextAttempt() == null ? null : o.nextAttempt().toString());
            row.put("provider_message_id", o.providerMessageId());
            row.put("try_not_spent", o.tryNotSpent());
            rows.add(row);
        }
        jdbc.sql("""
                WITH o AS (
                    SELECT * FROM jsonb_to_recordset(CAST(:outcomes AS jsonb)) AS o(
                        account_id uuid, id uuid, at timestamptz, status text, event text, response text,
                        reason text, next_attempt_at timestamptz, provider_message_id text, try_not_spent boolean)),
                updated AS (
                    UPDATE notifications n
                    SET status = o.status,
                        last_response = COALESCE(o.response, n.last_response),
                        status_reason = COALESCE(o.reason, n.status_reason),
                        next_attempt_at = COALESCE(o.next_attempt_at, n.next_attempt_at),
                        attempts = n.attempts - CASE WHEN o.try_not_spent THEN 1 ELSE 0 END,
                        sent_at = CASE WHEN o.status = 'SENT' THEN o.at ELSE n.sent_at END,
                        provider_message_id = CASE WHEN o.status = 'SENT' THEN o.provider_message_id
                                                   ELSE n.provider_message_id END,
                        claimed_at = NULL, updated_at = now()
                    FROM o WHERE n.account_id = o.account_id AND n.id = o.id AND n.status = 'SENDING'),
                renewed AS (
                    UPDATE notifications n SET claimed_at = :now
                    FROM unnest(CAST(:heldAccounts AS uuid[]), CAST(:heldIds AS uuid[])) AS h(account_id, id)
                    WHERE n.account_id = h.account_id AND n.id = h.id AND n.status = 'SENDING')
                INSERT INTO notification_events (account_id, notification_id, at, status, response)
                SELECT account_id, id, at, event, COALESCE(response, reason) FROM o""")
                .param("outcomes", json.writeValueAsString(rows))
                .param("now", Timestamp.from(now))
                .param(
                        "heldAccounts",
                        NoticeContext.uuidArray(
                                stillHeld.stream().map(Claimed::accountId).toList()))
                .param(
                        "heldIds",
                        NoticeContext.uuidArray(
                                stillHeld.stream().map(Claimed::id).toList()))
                .update();
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

    private static String truncate(String s) {
        if (s == null) return null;
        // PostgreSQL text cannot hold NUL, whatever a server put in its answer.
        String clean = s.indexOf('\0') < 0 ? s : s.replace('\0', ' ');
        return clean.length() <= 2000 ? clean : clean.substring(0, 2000);
    }
}
