package br.com.regua.delivery;

import java.time.LocalDate;
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
            boolean customerDisabled,
            String merchantName,
            boolean contactAllows,
            boolean suppressed,
            UUID paymentMethodSenderId) {}

    private final JdbcClient jdbc;

    NoticeContext(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The facts of each claimed notification, by notification id, in one query for the whole
     * batch. A notification whose charge is gone has none.
     */
    Map<UUID, Facts> of(Collection<Claimed> claimed) {
        if (claimed.isEmpty()) return Map.of();
        Map<UUID, Facts> facts = new HashMap<>();
        jdbc.sql("""
                SELECT n.id AS notification_id, ch.status, ch.amount, ch.due_date, ch.description,
                       ch.digitable_line, ch.pix_payload, cu.name AS customer_name, cu.notifications_disabled,
                       a.name AS merchant_name,
                       COALESCE(CASE n.channel WHEN 'EMAIL' THEN ct.allow_email WHEN 'SMS' THEN ct.allow_sms
                                ELSE ct.allow_whatsapp END, true) AS contact_allows,
                       EXISTS (SELECT 1 FROM suppressions s WHERE s.account_id = n.account_id AND s.channel = n.channel
                               AND s.address = lower(n.address)) AS suppressed,
                       pm.sender_id
                FROM unnest(CAST(:accounts AS uuid[]), CAST(:ids AS uuid[])) AS b(account_id, id)
                JOIN notifications n ON n.account_id = b.account_id AND n.id = b.id
                JOIN charges ch ON ch.account_id = n.account_id AND ch.id = n.charge_id
                JOIN customers cu ON cu.account_id = ch.account_id AND cu.id = ch.customer_id
                JOIN accounts a ON a.id = ch.account_id
                JOIN payment_methods pm ON pm.account_id = ch.account_id AND pm.id = ch.payment_method_id
                LEFT JOIN contacts ct ON ct.account_id = n.account_id AND ct.id = n.contact_id""")
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
                                rs.getBoolean("notifications_disabled"),
                                rs.getString("merchant_name"),
                                rs.getBoolean("contact_allows"),
                                rs.getBoolean("suppressed"),
                                rs.getObject("sender_id", UUID.class))))
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
