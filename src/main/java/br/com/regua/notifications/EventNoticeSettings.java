package br.com.regua.notifications;

import br.com.regua.charges.NoticeDefaults;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The account's "enviar por padrão?" switches of the event notices (Efí, seed 000). */
@Service
public class EventNoticeSettings implements NoticeDefaults {

    /** Every switch; absent from a PUT means "leave as it is". */
    public record Switches(
            Boolean overdueNotice,
            Boolean paymentConfirmation,
            Boolean chargeCancellation,
            Boolean subscriptionCancellation,
            Boolean carneCancellation,

            @Schema(
                    description = "\"Cobrança gerada\": o e-mail com o boleto, ao criar qualquer cobrança (avulsa,"
                            + " de assinatura ou de carnê); desligado por padrão")
            Boolean chargeCreated,

            @Schema(description = "\"Carnê gerado\": o e-mail com o PDF do carnê, ao criar um carnê")
            Boolean carneCreated) {

        /** Whether the account sends {@code notice} when the operation does not say. */
        public boolean on(EventNotice notice) {
            Boolean value = switch (notice) {
                case CHARGE_CREATED -> chargeCreated;
                case OVERDUE_NOTICE -> overdueNotice;
                case PAYMENT_CONFIRMATION -> paymentConfirmation;
                case CHARGE_CANCELLATION -> chargeCancellation;
                case SUBSCRIPTION_CANCELLATION -> subscriptionCancellation;
                case CARNE_CREATED -> carneCreated;
                case CARNE_CANCELLATION -> carneCancellation;
            };
            return Boolean.TRUE.equals(value);
        }

        /** A change of one switch only, the others left as they are. */
        public static Switches only(EventNotice notice, boolean on) {
            Boolean v = on;
            return new Switches(
                    notice == EventNotice.OVERDUE_NOTICE ? v : null,
                    notice == EventNotice.PAYMENT_CONFIRMATION ? v : null,
                    notice == EventNotice.CHARGE_CANCELLATION ? v : null,
                    notice == EventNotice.SUBSCRIPTION_CANCELLATION ? v : null,
                    notice == EventNotice.CARNE_CANCELLATION ? v : null,
                    notice == EventNotice.CHARGE_CREATED ? v : null,
                    notice == EventNotice.CARNE_CREATED ? v : null);
        }
    }

    /** An account that never saved its switches: like the columns' defaults (V6, V10_2). */
    private static final Switches DEFAULTS = new Switches(true, true, true, true, true, false, true);

    private final JdbcClient jdbc;

    EventNoticeSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Switches get(UUID accountId) {
        return jdbc.sql("""
                SELECT overdue_notice, payment_confirmation, charge_cancellation, subscription_cancellation,
                       carne_cancellation, charge_created, carne_created
                FROM event_notice_settings WHERE account_id = ?""")
                .param(accountId)
                .query((rs, n) -> new Switches(
                        rs.getBoolean(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7)))
                .optional()
                .orElse(DEFAULTS);
    }

    /** Whether the account sends {@code notice} when the operation does not say. */
    public boolean sendsByDefault(UUID accountId, EventNotice notice) {
        return get(accountId).on(notice);
    }

    @Override
    public boolean chargeCreated(UUID accountId) {
        return sendsByDefault(accountId, EventNotice.CHARGE_CREATED);
    }

    @Override
    public boolean paymentConfirmation(UUID accountId) {
        return sendsByDefault(accountId, EventNotice.PAYMENT_CONFIRMATION);
    }

    @Override
    public boolean chargeCancellation(UUID accountId) {
        return sendsByDefault(accountId, EventNotice.CHARGE_CANCELLATION);
    }

    public Switches update(UUID accountId, Switches changes) {
        Switches current = get(accountId);
        Switches next = new Switches(
                pick(changes.overdueNotice(), current.overdueNotice()),
                pick(changes.paymentConfirmation(), current.paymentConfirmation()),
                pick(changes.chargeCancellation(), current.chargeCancellation()),
                pick(changes.subscriptionCancellation(), current.subscriptionCancellation()),
                pick(changes.carneCancellation(), current.carneCancellation()),
                pick(changes.chargeCreated(), current.chargeCreated()),
                pick(changes.carneCreated(), current.carneCreated()));
        jdbc.sql("""
                INSERT INTO event_notice_settings (account_id, overdue_notice, payment_confirmation,
                    charge_cancellation, subscription_cancellation, carne_cancellation, charge_created, carne_created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET overdue_notice = EXCLUDED.overdue_notice,
                    payment_confirmation = EXCLUDED.payment_confirmation,
                    charge_cancellation = EXCLUDED.charge_cancellation,
                    subscription_cancellation = EXCLUDED.subscription_cancellation,
                    carne_cancellation = EXCLUDED.carne_cancellation,
                    charge_created = EXCLUDED.charge_created,
                    carne_created = EXCLUDED.carne_created""")
                .params(
                        accountId,
                        next.overdueNotice(),
                        next.paymentConfirmation(),
                        next.chargeCancellation(),
                        next.subscriptionCancellation(),
                        next.carneCancellation(),
                        next.chargeCreated(),
                        next.carneCreated())
                .update();
        return next;
    }

    private static Boolean pick(Boolean change, Boolean current) {
        return change != null ? change : current;
    }
}
