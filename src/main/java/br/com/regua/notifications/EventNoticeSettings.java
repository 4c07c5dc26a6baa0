package br.com.regua.notifications;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The account's "enviar por padrão?" switches of the event notices (Efí, seed 000). */
@Service
public class EventNoticeSettings {

    /** Every switch; absent from a PUT means "leave as it is". */
    public record Switches(
            Boolean overdueNotice,
            Boolean paymentConfirmation,
            Boolean chargeCancellation,
            Boolean subscriptionCancellation,
            Boolean carneCancellation) {}

    private final JdbcClient jdbc;

    EventNoticeSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Switches get(UUID accountId) {
        return jdbc.sql("""
                SELECT overdue_notice, payment_confirmation, charge_cancellation, subscription_cancellation,
                       carne_cancellation
                FROM event_notice_settings WHERE account_id = ?""")
                .param(accountId)
                .query((rs, n) -> new Switches(
                        rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)))
                .optional()
                .orElse(new Switches(true, true, true, true, true));
    }

    public Switches update(UUID accountId, Switches changes) {
        Switches current = get(accountId);
        Switches next = new Switches(
                pick(changes.overdueNotice(), current.overdueNotice()),
                pick(changes.paymentConfirmation(), current.paymentConfirmation()),
                pick(changes.chargeCancellation(), current.chargeCancellation()),
                pick(changes.subscriptionCancellation(), current.subscriptionCancellation()),
                pick(changes.carneCancellation(), current.carneCancellation()));
        jdbc.sql("""
                INSERT INTO event_notice_settings (account_id, overdue_notice, payment_confirmation,
                    charge_cancellation, subscription_cancellation, carne_cancellation)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET overdue_notice = EXCLUDED.overdue_notice,
                    payment_confirmation = EXCLUDED.payment_confirmation,
                    charge_cancellation = EXCLUDED.charge_cancellation,
                    subscription_cancellation = EXCLUDED.subscription_cancellation,
                    carne_cancellation = EXCLUDED.carne_cancellation""")
                .params(
                        accountId,
                        next.overdueNotice(),
                        next.paymentConfirmation(),
                        next.chargeCancellation(),
                        next.subscriptionCancellation(),
                        next.carneCancellation())
                .update();
        return next;
    }

    private static Boolean pick(Boolean change, Boolean current) {
        return change != null ? change : current;
    }
}
