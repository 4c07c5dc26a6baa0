package br.com.regua.delivery;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a notice says and whether it may still go: read once, right before sending. */
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

    Facts of(Claimed c) {
        return jdbc.sql("""
                SELECT ch.status, ch.amount, ch.due_date, ch.description, ch.digitable_line, ch.pix_payload,
                       cu.name AS customer_name, cu.notifications_disabled, a.name AS merchant_name,
                       COALESCE(CASE :channel WHEN 'EMAIL' THEN ct.allow_email WHEN 'SMS' THEN ct.allow_sms
                                ELSE ct.allow_whatsapp END, true) AS contact_allows,
                       EXISTS (SELECT 1 FROM suppressions s WHERE s.account_id = ch.account_id AND s.channel = :channel
                               AND s.address = lower(:address)) AS suppressed,
                       pm.sender_id
                FROM charges ch
                JOIN customers cu ON cu.account_id = ch.account_id AND cu.id = ch.customer_id
                JOIN accounts a ON a.id = ch.account_id
                JOIN payment_methods pm ON pm.account_id = ch.account_id AND pm.id = ch.payment_method_id
                LEFT JOIN contacts ct ON ct.account_id = ch.account_id AND ct.id = :contact
                WHERE ch.account_id = :account AND ch.id = :charge""")
                .param("channel", c.channel().name())
                .param("address", c.address())
                .param("contact", c.contactId())
                .param("account", c.accountId())
                .param("charge", c.chargeId())
                .query((rs, n) -> new Facts(
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
                        rs.getObject("sender_id", UUID.class)))
                .single();
    }
}
