package br.com.regua.notifications;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.ChargeCancelled;
import br.com.regua.charges.ChargeCreated;
import br.com.regua.charges.ChargeOrigin;
import br.com.regua.charges.ChargePaid;
import br.com.regua.charges.ChargesPaid;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a charge is created, paid or cancelled: what was still queued for it is cancelled (when it
 * closed), and the notice of the event is queued if the operation asked for it or, when it did not
 * say, the account's switch is on. Runs inside the operation's transaction, so the charge's new
 * status and its notices change together or not at all.
 *
 * <p>Subscriptions and carnês queue theirs through {@link #queue}: their modules call it, inside
 * their own transaction, with the operation's {@code notifyCustomer}.
 */
@Component
public class EventNotices {

    private static final Logger log = LoggerFactory.getLogger(EventNotices.class);

    private final Notifications notifications;
    private final EventNoticeSettings settings;
    private final Outbox outbox;
    private final Accounts accounts;

    private final ApplicationEventPublisher events;

    EventNotices(
            Notifications notifications,
            EventNoticeSettings settings,
            Outbox outbox,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.settings = settings;
        this.outbox = outbox;
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    void on(ChargeCreated created) {
        // A carnê's installments are announced together by the carnê's own notice (its PDF).
        if (created.origin() == ChargeOrigin.CARNE) return;
        queue(created.accountId(), created.chargeId(), EventNotice.CHARGE_CREATED, created.notifyCustomer());
    }

    @EventListener
    void on(ChargePaid paid) {
        notifications.cancelQueued(paid.accountId(), paid.chargeId(), "CHARGE_PAID");
        queue(
                EventNotice.PAYMENT_CONFIRMATION,
                paid.accountId(),
                paid.chargeId(),
                paid.paidAt(),
                paid.notifyCustomer());
    }

    /**
     * Many charges paid at once (a bank return file): their queued notices cancelled and their
     * payment confirmations queued in two statements, as many single payments would.
     */
    @EventListener
    void on(ChargesPaid paid) {
        var ids = paid.chargeIds();
        LocalDate today = today(paid.accountId());
        // In slices: the one-charge statement's plan stays the right one for a few hundred charges.
        for (int from = 0; from < ids.size(); from += BATCH) {
            var slice = ids.subList(from, Math.min(ids.size(), from + BATCH));
            notifications.cancelQueued(paid.accountId(), slice, "CHARGE_PAID");
            queue(EventNotice.PAYMENT_CONFIRMATION, paid.accountId(), slice, today, null);
        }
    }

    /** How many charges of a bank return one statement queues the notices of. */
    static final int BATCH = 100;

    @EventListener
    void on(ChargeCancelled cancelled) {
        notifications.cancelQueued(cancelled.accountId(), cancelled.chargeId(), "CHARGE_CANCELLED");
        queue(cancelled.accountId(), cancelled.chargeId(), EventNotice.CHARGE_CANCELLATION, cancelled.notifyCustomer());
    }

    /**
     * Queues the e-mail of {@code notice} about {@code chargeId} to the customer, today: if
     * {@code notifyCustomer} says so or, when it is null, if the account's switch is on; and if
     * the eligibility chain (preferences, contact, suppression, sender…) lets it through. One per
     * charge and notice: a notice about a creation counts once whatever day it is called again
     * (its occurrence is the charge's due date), any other once a day.
     *
     * <p>For a subscription's cancellation pass one of its charges (the latest), for a carnê's
     * creation or cancellation its first installment: the notice names the charge's description
     * and amount.
     *
     * @throws IllegalArgumentException for the overdue notice, which only the routine queues
     */
    public PlanResult queue(UUID accountId, UUID chargeId, EventNotice notice, Boolean notifyCustomer) {
        if (!notice.overridable()) throw new IllegalArgumentException(notice + " is queued by the routine");
        boolean creation = notice == EventNotice.CHARGE_CREATED || notice == EventNotice.CARNE_CREATED;
        return queue(notice, accountId, chargeId, creation ? null : today(accountId), notifyCustomer);
    }

    private PlanResult queue(
            EventNotice notice, UUID accountId, UUID chargeId, LocalDate occurrence, Boolean notifyCustomer) {
        return queue(notice, accountId, java.util.List.of(chargeId), occurrence, notifyCustomer);
    }

    private PlanResult queue(
            EventNotice notice,
            UUID accountId,
            java.util.List<UUID> chargeIds,
            LocalDate occurrence,
            Boolean notifyCustomer) {
        boolean send = notifyCustomer != null ? notifyCustomer : settings.sendsByDefault(accountId, notice);
        LocalDate today = today(accountId);
        PlanResult result = outbox.queue(
                new Candidates.Event(notice),
                accountId,
                today,
                today,
                Planner.params(
                        "charges",
                        Notifications.uuids(chargeIds),
                        "event_active",
                        send,
                        "occurrence",
                        occurrence,
                        "today",
                        today));
        log.debug("{} for charges {}: {}", notice, chargeIds.size() == 1 ? chargeIds.get(0) : chargeIds.size(), result);
        if (result.queued() > 0) events.publishEvent(new UrgentNoticesQueued(accountId, result.queued()));
        return result;
    }

    private LocalDate today(UUID accountId) {
        return accounts.today(accountId);
    }
}
