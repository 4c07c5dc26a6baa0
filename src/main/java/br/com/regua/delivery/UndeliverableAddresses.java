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
        List<Notice> notices = jdbc.sql("""
                        SELECT DISTINCT ON (n.charge_id) n.id, n.charge_id
                          FROM notifications n
                          JOIN charges c ON c.account_id = n.account_id AND c.id = n.charge_id
                         WHERE n.account_id = ? AND n.channel = 'EMAIL' AND lower(n.address) = lower(?)
                           AND c.status IN ('PENDING', 'OVERDUE')
                         ORDER BY n.charge_id, n.created_at DESC, n.id DESC""")
                .params(accountId, Suppressions.normalise(address))
                .query((rs, i) -> new Notice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
        for (Notice n : notices) {
            try {
                events.publishEvent(
                        new EmailUndeliverable(accountId, n.notificationId(), n.chargeId(), address, cause, answer));
            } catch (RuntimeException e) {
                log.error("Telling about undeliverable charge {} failed", n.chargeId(), e);
            }
        }
        return notices.size();
    }
}
