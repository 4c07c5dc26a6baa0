package br.com.regua.delivery;

import br.com.regua.notifications.SendTimeChecks;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a notice says and whether it may still go: read for a whole batch, right before sending it. */
@Repository
class NoticeContext {

    record Facts(
            String chargeStatus,
            long amount,
            LocalDate dueDate,
            String description,
            String digitableLine,
            String pixPayload,
            String customerName,
            String merchantName,
            ZoneId timeZone,
            boolean suppressed,
            UUID paymentMethodSenderId,
            String skipReason) {}

    private final JdbcClient jdbc;
    private final SendTimeChecks checks;

    NoticeContext(JdbcClient jdbc, SendTimeChecks checks) {
        this.jdbc = jdbc;
        this.checks = checks;
    }

    /**
     * The facts of each claimed notification, by notification id, in one query for the whole
     * batch, with the first check of the planner's chain it fails now ({@link SendTimeChecks}).
     * A notification whose charge is gone has none.
     */
    Map<UUID, Facts> of(Collection<Claimed> claimed) {
        if (claimed.isEmpty()) return Map.of();
        Map<UUID, Facts> facts = new HashMap<>();
        checks.bind(jdbc.sql("WITH b AS (SELECT * FROM unnest(CAST(:accounts AS uuid[]), CAST(:ids AS uuid[]))"
                        + " AS b(account_id, id)),\nchk AS (" + checks.sql("b") + ")\n" + """
                SELECT n.id AS notification_id, ch.status, ch.amount, ch.due_date, ch.description,
                       ch.digitable_line, ch.pix_payload, cu.name AS customer_name, a.name AS merchant_name, a.time_zone,
                       chk.skip_reason,
                       EXISTS (SELECT 1 FROM suppressions s WHERE s.account_id = n.account_id AND s.channel = n.channel
                               AND s.address = lower(n.address)) AS suppressed,
                       pm.sender_id
                FROM b
                JOIN notifications n ON n.account_id = b.account_id AND n.id = b.id
                JOIN charges ch ON ch.account_id = n.account_id AND ch.id = n.charge_id
                JOIN customers cu ON cu.account_id = ch.account_id AND cu.id = ch.customer_id
                JOIN accounts a ON a.id = ch.account_id
                JOIN payment_methods pm ON pm.account_id = ch.account_id AND pm.id = ch.payment_method_id
                LEFT JOIN chk ON chk.account_id = n.account_id AND chk.notification_id = n.id"""))
                .param(
                        "accounts",
                        uuidArray(claimed.stream().map(Claimed::accountId).toList()))
                .param("ids", uuidArray(claimed.stream().map(Claimed::id).toList()))
                .query((rs, n) -> Map.entry(
                        rs.getObject("notification_id", UUID.class),
                        new Facts(
                                rs.getString("status"),
                                rs.getLong("amount"),
                                rs.getObject("due_date", LocalDate.class),
                                rs.getString("description"),
                                rs.getString("digitable_line"),
                                rs.getString("pix_payload"),
                                rs.getString("customer_name"),
                                rs.getString("merchant_name"),
                                ZoneId.of(rs.getString("time_zone")),
                                rs.getBoolean("suppressed"),
                                rs.getObject("sender_id", UUID.class),
                                rs.getString("skip_reason"))))
                .list()
                .forEach(e -> facts.put(e.getKey(), e.getValue()));
        return facts;
    }

    /** A PostgreSQL array literal of ids (uuids hold no character that needs quoting). */
    static String uuidArray(Collection<UUID> ids) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        ids.forEach(id -> array.add(id.toString()));
        return array.toString();
    }
}
