package br.com.regua.notifications;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.ChargeCancelled;
import br.com.regua.charges.ChargePaid;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a charge is paid or cancelled: what was still queued for it is cancelled, and the notice of
 * the event is queued if the operation asked for it or, when it did not say, the account's switch
 * is on. Runs inside the operation's transaction, so the charge's new status and its notices
 * change together or not at all.
 */
@Component
class EventNotices {

    private static final Logger log = LoggerFactory.getLogger(EventNotices.class);

    private final Notifications notifications;
    private final EventNoticeSettings settings;
    private final Outbox outbox;
    private final Accounts accounts;

    EventNotices(Notifications notifications, EventNoticeSettings settings, Outbox outbox, Accounts accounts) {
        this.notifications = notifications;
        this.settings = settings;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @EventListener
    void on(ChargePaid paid) {
        notifications.cancelQueued(paid.accountId(), paid.chargeId(), "CHARGE_PAID");
        boolean send = paid.notifyCustomer() != null
                ? paid.notifyCustomer()
                : settings.get(paid.accountId()).paymentConfirmation();
        queue(EventNotice.PAYMENT_CONFIRMATION, paid.accountId(), paid.chargeId(), paid.paidAt(), send);
    }

    @EventListener
    void on(ChargeCancelled cancelled) {
        notifications.cancelQueued(cancelled.accountId(), cancelled.chargeId(), "CHARGE_CANCELLED");
        boolean send = cancelled.notifyCustomer() != null
                ? cancelled.notifyCustomer()
                : settings.get(cancelled.accountId()).chargeCancellation();
        LocalDate today = today(cancelled.accountId());
        queue(EventNotice.CHARGE_CANCELLATION, cancelled.accountId(), cancelled.chargeId(), today, send);
    }

    private void queue(EventNotice notice, UUID accountId, UUID chargeId, LocalDate occurrence, boolean send) {
        LocalDate today = today(accountId);
        PlanResult result = outbox.queue(
                new Candidates.Event(notice),
                accountId,
                today,
                today,
                Planner.params("charge", chargeId, "event_active", send, "occurrence", occurrence, "today", today));
        log.debug("{} for charge {}: {}", notice, chargeId, result);
    }

    private LocalDate today(UUID accountId) {
        return accounts.today(accountId);
    }
}
