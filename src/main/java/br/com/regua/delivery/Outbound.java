package br.com.regua.delivery;

import br.com.regua.fees.FeePrices;
import br.com.regua.shared.Channel;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
     * Claims, for {@code instance}, up to {@code limit} queued notifications whose time has come
     * (their retry time has passed and their send date is today or earlier in their account's time
     * zone) — of one account, or of all when {@code account} is null: manual resends first, then
     * event notices, then routine notices. One statement: the claim and its SENDING entries in the
     * state-change log commit together (none for a notice that only looks again for its sender).
     */
    List<Claimed> claim(UUID instance, Instant now, int limit, UUID account) {
        return jdbc.sql("""
                WITH due AS (
                    SELECT n.account_id, n.id FROM notifications n JOIN accounts a ON a.id = n.account_id
                    WHERE n.status = 'QUEUED' AND n.next_attempt_at <= :now
                      AND n.scheduled_for <= (CAST(:now AS timestamptz) AT TIME ZONE a.time_zone)::date
                      AND (CAST(:account AS uuid) IS NULL OR n.account_id = CAST(:account AS uuid))
                    ORDER BY n.priority, n.next_attempt_at
                    LIMIT :limit
                    FOR UPDATE OF n SKIP LOCKED),
                claimed AS (
                    UPDATE notifications n
                    SET status = 'SENDING', attempts = n.attempts + 1, claimed_at = :now, claimed_by = :instance,
                        updated_at = now()
                    FROM due WHERE n.account_id = due.account_id AND n.id = due.id
                    RETURNING n.account_id, n.id, n.charge_id, n.customer_id, n.contact_id, n.source, n.trigger,
                              n.days, n.channel, n.recipient, n.address, n.occurrence_date, n.template_id, n.attach_invoice,
                              n.attempts, n.priority, n.next_attempt_at, n.status_reason),
                logged AS (
                    INSERT INTO notification_events (account_id, notification_id, at, status, response)
                    SELECT account_id, id, :now, 'SENDING', 'tentativa ' || attempts FROM claimed
                    WHERE status_reason IS DISTINCT FROM 'WAITING_FOR_SENDER')
                SELECT * FROM claimed ORDER BY priority, next_attempt_at""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("instance", instance)
                .param("account", account)
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
                        rs.getString("recipient"),
                        rs.getString("address"),
                        rs.getObject("occurrence_date", LocalDate.class),
                        rs.getString("template_id"),
                        rs.getBoolean("attach_invoice"),
                        rs.getInt("attempts"),
                        rs.getInt("priority"),
                        Outcome.WAITING_FOR_SENDER.equals(rs.getString("status_reason"))))
                .list();
    }

    /**
     * Writes outcomes in one statement, so one commit: a row takes its new status only while this
     * instance's claim still holds it (SENDING, claimed by {@code instance}, the same try), and
     * only the rows that changed get their entry in the state-change log, with its own time and
     * the server's answer or the reason. Returns how many rows changed.
     */
    int record(UUID instance, List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return 0;
        List<Map<String, Object>> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            Map<String, Object> row = new HashMap<>();
            row.put("account_id", o.claimed().accountId().toString());
            row.put("id", o.claimed().id().toString());
            row.put("attempts", o.claimed().attempts());
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
            row.put("units", o.units());
            rows.add(row);
        }
        return jdbc.sql("""
                WITH o AS (
                    SELECT * FROM jsonb_to_recordset(CAST(:outcomes AS jsonb)) AS o(
                        account_id uuid, id uuid, attempts int, at timestamptz, status text, event text,
                        response text, reason text, next_attempt_at timestamptz, provider_message_id text,
                        try_not_spent boolean, units int)),
                updated AS (
                    UPDATE notifications n
                    SET status = o.status,
                        last_response = COALESCE(o.response, n.last_response),
                        status_reason = CASE WHEN o.reason IS NOT NULL THEN o.reason
                                             WHEN n.status_reason = 'WAITING_FOR_SENDER' THEN NULL
                                             ELSE n.status_reason END,
                        next_attempt_at = COALESCE(o.next_attempt_at, n.next_attempt_at),
                        attempts = n.attempts - CASE WHEN o.try_not_spent THEN 1 ELSE 0 END,
                        sent_at = CASE WHEN o.status = 'SENT' THEN o.at ELSE n.sent_at END,
                        provider_message_id = CASE WHEN o.status = 'SENT' THEN o.provider_message_id
                                                   ELSE n.provider_message_id END,
                        claimed_at = NULL, claimed_by = NULL, updated_at = now()
                    FROM o
                    WHERE n.account_id = o.account_id AND n.id = o.id AND n.status = 'SENDING'
                      AND n.claimed_by = :instance AND n.attempts = o.attempts
                    RETURNING n.account_id, n.id, n.charge_id, n.channel, n.status),
                -- The fee of a delivered message that costs (§4.2), in this very statement: the
                -- SENT outcome and its ledger line commit together, and the ledger's key (one line
                -- per notification) keeps a second outcome from billing twice.
                billed AS (
                    INSERT INTO fee_ledger (account_id, notification_id, charge_id, channel, units, unit_price, amount, at)
                    SELECT b.account_id, b.id, b.charge_id, b.channel, b.units, b.price, b.price * b.units, b.at
                    FROM (SELECT u.account_id, u.id, u.charge_id, u.channel, GREATEST(o.units, 1) AS units, o.at,
                                 CASE u.channel WHEN 'WHATSAPP' THEN COALESCE(p.whatsapp, :whatsapp)
                                                WHEN 'SMS' THEN COALESCE(p.sms, :sms)
                                                ELSE COALESCE(p.email, :email) END AS price
                          FROM updated u JOIN o ON o.account_id = u.account_id AND o.id = u.id
                          LEFT JOIN fee_prices p ON p.account_id = u.account_id
                          WHERE u.status = 'SENT') b
                    WHERE b.price > 0
                    ON CONFLICT DO NOTHING),
                logged AS (
                    INSERT INTO notification_events (account_id, notification_id, at, status, response)
                    SELECT o.account_id, o.id, o.at, o.event, COALESCE(o.response, o.reason)
                    FROM o JOIN updated u ON u.account_id = o.account_id AND u.id = o.id
                    WHERE o.event IS NOT NULL)
                SELECT count(*) FROM updated""")
                .param("outcomes", json.writeValueAsString(rows))
                .param("instance", instance)
                .param("whatsapp", FeePrices.DEFAULT.whatsapp())
                .param("sms", FeePrices.DEFAULT.sms())
                .param("email", FeePrices.DEFAULT.email())
                .query(Integer.class)
                .single();
    }

    /**
     * Gives claims this instance will not work on after all (it is stopping, the batch broke) back
     * to the queue, with their try.
     */
    int release(UUID instance, List<Claimed> claims) {
        if (claims.isEmpty()) return 0;
        return jdbc.sql("""
                WITH given AS (
                    UPDATE notifications n
                    SET status = 'QUEUED', attempts = n.attempts - 1, claimed_at = NULL, claimed_by = NULL,
                        updated_at = now()
                    FROM unnest(CAST(:accounts AS uuid[]), CAST(:ids AS uuid[])) AS h(account_id, id)
                    WHERE n.account_id = h.account_id AND n.id = h.id AND n.status = 'SENDING'
                      AND n.claimed_by = :instance
                    RETURNING n.account_id, n.id)
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, id, 'QUEUED', 'devolvida à fila sem ser enviada' FROM given""")
                .param(
                        "accounts",
                        NoticeContext.uuidArray(
                                claims.stream().map(Claimed::accountId).toList()))
                .param(
                        "ids",
                        NoticeContext.uuidArray(claims.stream().map(Claimed::id).toList()))
                .param("instance", instance)
                .update();
    }

    /**
     * Takes back the claims of instances whose heartbeat stopped more than {@code deadAfter} ago
     * (and claims that name no instance, older than ten minutes): back to the queue, their try
     * counted — the message may have left just before the crash, with its stable Message-ID.
     */
    int takeBackFromDead(Duration deadAfter) {
        return jdbc.sql("""
                WITH dead AS (
                    UPDATE notifications n
                    SET status = 'QUEUED', claimed_at = NULL, claimed_by = NULL, updated_at = now()
                    WHERE n.status = 'SENDING'
                      AND CASE WHEN n.claimed_by IS NULL THEN n.updated_at < now() - interval '10 minutes'
                               ELSE NOT EXISTS (
                                   SELECT 1 FROM dispatch_instances d
                                   WHERE d.id = n.claimed_by
                                     AND d.heartbeat_at > now() - make_interval(secs => :deadAfter)) END
                    RETURNING n.account_id, n.id)
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, id, 'QUEUED', 'retomada: a instância que a enviava parou' FROM dead""").param("deadAfter", (double) deadAfter.toSeconds()).update();
    }

    /**
     * Takes back this instance's own claims that no batch of it holds any more (a worker that died
     * mid-batch, an outcome that could not be written), once they are older than {@code after}.
     */
    int takeBackOrphans(UUID instance, Collection<UUID> inFlight, Duration after) {
        return jdbc.sql("""
                WITH orphans AS (
                    UPDATE notifications n
                    SET status = 'QUEUED', claimed_at = NULL, claimed_by = NULL, updated_at = now()
                    WHERE n.status = 'SENDING' AND n.claimed_by = :instance
                      AND n.updated_at < now() - make_interval(secs => :after)
                      AND NOT (n.id = ANY (CAST(:inFlight AS uuid[])))
                    RETURNING n.account_id, n.id)
                INSERT INTO notification_events (account_id, notification_id, status, response)
                SELECT account_id, id, 'QUEUED', 'retomada: o envio anterior não terminou' FROM orphans""")
                .param("instance", instance)
                .param("after", (double) after.toSeconds())
                .param("inFlight", NoticeContext.uuidArray(List.copyOf(inFlight)))
                .update();
    }

    private static String truncate(String s) {
        if (s == null) return null;
        // PostgreSQL text cannot hold NUL, whatever a server put in its answer.
        String clean = s.indexOf('\0') < 0 ? s : s.replace('\0', ' ');
        return clean.length() <= 2000 ? clean : clean.substring(0, 2000);
    }
}
