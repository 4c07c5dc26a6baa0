package br.com.regua.delivery;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A complaint or an unsubscribe names an address, not a notice: it is told as one {@link
 * EmailUndeliverable} per open charge (pending or overdue) that was e-mailed to the address, with
 * that charge's latest e-mail notification to it. Called after the suppression is written, outside
 * any transaction.
 */
@Component
public class UndeliverableAddresses {

    private static final Logger log = LoggerFactory.getLogger(UndeliverableAddresses.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    UndeliverableAddresses(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Notice(UUID notificationId, UUID chargeId) {}

    /** Returns how many open charges were told about. */
    public int tell(UUID accountId, String address, EmailUndeliverable.Cause cause, String answer) {
        return tell(accountId, address, null, cause, answer);
    }

    /**
     * As {@link #tell(UUID, String, EmailUndeliverable.Cause, String)}, but when the provider named
     * the message (its Message-ID) and it is one of this account's notices to that address, only
     * that notice is told about.
     */
    public int tell(UUID accountId, String address, String messageId, EmailUndeliverable.Cause cause, String answer) {
        List<Notice> notices = messageId == null || messageId.isBlank()
                ? List.of()
                : jdbc.sql("""
                                SELECT id, charge_id FROM notifications
                                 WHERE account_id = ? AND channel = 'EMAIL' AND lower(address) = lower(?)
                                   AND recipient = 'CUSTOMER' AND btrim(provider_message_id, '<> ') = btrim(?, '<> ')""")
                        .params(accountId, Suppressions.normalise(address), messageId)
                        .query((rs, i) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                        .list();
        if (notices.isEmpty()) notices = byAddress(accountId, address);
        publish(accountId, address, cause, answer, notices);
        return notices.size();
    }

    private List<Notice> byAddress(UUID accountId, String address) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (n.charge_id) n.id, n.charge_id
                          FROM notifications n
                          JOIN charges c ON c.account_id = n.account_id AND c.id = n.charge_id
                         WHERE n.account_id = ? AND n.channel = 'EMAIL' AND lower(n.address) = lower(?)
                           AND n.recipient = 'CUSTOMER' AND c.status IN ('PENDING', 'OVERDUE')
                         ORDER BY n.charge_id, n.created_at DESC, n.id DESC""")
                .params(accountId, Suppressions.normalise(address))
                .query((rs, i) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    private void publish(
            UUID accountId, String address, EmailUndeliverable.Cause cause, String answer, List<Notice> notices) {
        for (Notice n : notices) {
            try {
                events.publishEvent(
                        new EmailUndeliverable(accountId, n.notificationId(), n.chargeId(), address, cause, answer));
            } catch (RuntimeException e) {
                log.error("Telling about undeliverable charge {} failed", n.chargeId(), e);
            }
        }
    }
}
