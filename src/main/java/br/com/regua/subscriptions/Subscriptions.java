package br.com.regua.subscriptions;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.notifications.EventNotice;
import br.com.regua.notifications.EventNotices;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions ("agendamentos"): their schedule, the generation of their charges, and their
 * deactivation (seed 001), reactivation and cancellation.
 */
@Component
public class Subscriptions {

    /** Charges generated per statement: the boletos of a batch are computed in memory before its update. */
    static final int BATCH = 500;

    private final SubscriptionRows rows;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final Charges charges;
    private final Accounts accounts;
    private final ReactivationPolicy reactivation;
    private final EventNotices notices;
    private final ApplicationEventPublisher events;

    Subscriptions(
            SubscriptionRows rows,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            Charges charges,
            Accounts accounts,
            ReactivationPolicy reactivation,
            EventNotices notices,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.charges = charges;
        this.accounts = accounts;
        this.reactivation = reactivation;
        this.notices = notices;
        this.events = events;
    }

    @Transactional
    public Subscription create(UUID accountId, SubscriptionData data) {
        UUID customerId = reference(data.customerId(), "customerId", "cliente");
        customers.find(accountId, customerId).orElseThrow(() -> unknown("customerId", "cliente"));
        var s = new SubscriptionRows.NewSubscription(
                customerId,
                services.referencedBy(accountId, customerId, data.serviceId()),
                method(accountId, data.paymentMethodId()),
                data.amount(),
                blankToNull(data.description()),
                data.cycle(),
                data.firstDueDate(),
                data.generateDaysBefore() == null ? SubscriptionData.DEFAULT_DAYS_BEFORE : data.generateDaysBefore(),
                data.endDate(),
                data.maxCharges());
        check(s);
        UUID id = Ids.next();
        rows.insert(accountId, id, rows.nextNumber(accountId), s);
        // A first charge whose generation day has come is created now, not at the routine's next run.
        generate(accountId, id, accounts.today(accountId));
        return get(accountId, id);
    }

    /**
     * Changes apply to the charges not generated yet; those already generated stay as they were
     * issued. A null field stays as it is, except an end field the changes clear.
     */
    @Transactional
    public Subscription update(UUID accountId, UUID id, SubscriptionChanges changes) {
        return update(accountId, id, changes, false);
    }

    /**
     * As {@link #update(UUID, UUID, SubscriptionChanges)}, except that with {@code endAsGiven} the
     * end is the one in {@code changes} (both null: indefinite) instead of "absent stays": the
     * back-office form always names the end, and may remove it or swap a date for a count.
     */
    @Transactional
    Subscription update(UUID accountId, UUID id, SubscriptionChanges changes, boolean endAsGiven) {
        var stored = stored(accountId, id);
        Subscription now = stored.subscription();
        if (now.status() == SubscriptionStatus.CANCELLED || now.status() == SubscriptionStatus.ENDED) {
            throw new ConflictException("Agendamento com status " + now.status() + " não pode ser alterado");
        }
        if (changes.customerId() != null
                && !changes.customerId().trim().equals(now.customerId().toString())) {
            throw new InvalidFieldException("customerId", "o cliente de um agendamento não pode ser trocado");
        }
        boolean generated = stored.nextIndex() > 0;
        if (generated && changes.cycle() != null && changes.cycle() != now.cycle()) {
            throw new InvalidFieldException("cycle", "não pode mudar depois da primeira cobrança gerada");
        }
        if (generated
                && changes.firstDueDate() != null
                && !changes.firstDueDate().equals(now.firstDueDate())) {
            throw new InvalidFieldException("firstDueDate", "não pode mudar depois da primeira cobrança gerada");
        }
        var s = new SubscriptionRows.NewSubscription(
                now.customerId(),
                changes.serviceId() == null
                        ? now.serviceId()
                        : services.referencedBy(accountId, now.customerId(), changes.serviceId()),
                changes.paymentMethodId() == null
                        ? now.paymentMethodId()
                        : method(accountId, changes.paymentMethodId()),
                changes.amount() == null ? now.amount() : changes.amount(),
                changes.description() == null ? now.description() : blankToNull(changes.description()),
                changes.cycle() == null ? now.cycle() : changes.cycle(),
                changes.firstDueDate() == null ? now.firstDueDate() : changes.firstDueDate(),
                changes.generateDaysBefore() == null ? now.generateDaysBefore() : changes.generateDaysBefore(),
                endAsGiven || changes.endDate() != null || changes.clears(SubscriptionChanges.End.END_DATE)
                        ? changes.endDate()
                        : now.endDate(),
                endAsGiven || changes.maxCharges() != null || changes.clears(SubscriptionChanges.End.MAX_CHARGES)
                        ? changes.maxCharges()
                        : now.maxCharges());
        check(s);
        rows.update(accountId, id, s);
        rows.endFinished(accountId);
        return get(accountId, id);
    }

    public Optional<Subscription> find(UUID accountId, UUID id) {
        return rows.find(accountId, id).map(SubscriptionRows.Stored::subscription);
    }

    public Subscription get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(Subscriptions::notFound);
    }

    public Page<Subscription> list(UUID accountId, SubscriptionFilter filter, PageRequest page) {
        return rows.list(accountId, filter, page);
    }

    /**
     * Creates every charge the account's ACTIVE subscriptions owe by {@code date} — each due date
     * whose generation day (due date minus generateDaysBefore) is on or before it, so a run after
     * days down catches up — in batches of set-based inserts. A (subscription, due date) that has
     * its charge already is left alone, so running twice or racing another instance creates each
     * charge once. Subscriptions whose last charge now exists become ENDED.
     */
    @Transactional
    public Generation generate(UUID accountId, LocalDate date) {
        return generate(accountId, null, date);
    }

    private Generation generate(UUID accountId, UUID subscriptionId, LocalDate date) {
        int due = 0;
        int created = 0;
        for (List<SubscriptionRows.Due> batch = rows.due(accountId, subscriptionId, date, BATCH);
                !batch.isEmpty();
                batch = rows.due(accountId, subscriptionId, date, BATCH)) {
            due += batch.size();
            created += charges.createForSubscriptions(
                    accountId, batch.stream().map(SubscriptionRows.Due::charge).toList());
            rows.advance(accountId, batch);
        }
        rows.endFinished(accountId);
        return new Generation(due, created);
    }

    /**
     * Seed 001: a notice of one of the subscription's charges could not be delivered, so it stops
     * generating until the merchant reactivates it. Only an ACTIVE subscription is deactivated (a
     * second failure changes nothing); answers whether this call deactivated it.
     */
    @Transactional
    public boolean deactivate(UUID accountId, UUID subscriptionId, DeactivationReason reason, UUID notificationId) {
        Objects.requireNonNull(reason, "reason");
        if (!rows.deactivate(accountId, subscriptionId, reason, notificationId)) return false;
        Subscription s = get(accountId, subscriptionId);
        events.publishEvent(new SubscriptionDeactivated(
                accountId, subscriptionId, s.number(), s.customerId(), reason, notificationId));
        return true;
    }

    /**
     * Generates again from the next due date that has not fallen yet (today or later); the due
     * dates that fell while deactivated are skipped, not generated late. Refused (409) while the
     * customer's e-mail is still suppressed.
     */
    @Transactional
    public Reactivation reactivate(UUID accountId, UUID id) {
        var stored = stored(accountId, id);
        Subscription s = stored.subscription();
        if (s.status() != SubscriptionStatus.DEACTIVATED) {
            throw new ReactivationRefusedException(
                    "NOT_DEACTIVATED",
                    null,
                    "Só um agendamento desativado pode ser reativado (este está " + s.status() + ")");
        }
        var refusal = reactivation.check(accountId, s);
        if (refusal.isPresent()) {
            throw new ReactivationRefusedException(
                    "ADDRESS_SUPPRESSED",
                    refusal.get().address(),
                    "O e-mail " + refusal.get().address() + " do cliente ainda está na lista de supressão ("
                            + refusal.get().suppressionReason() + "; o agendamento foi desativado por "
                            + s.deactivationReason() + "): corrija o e-mail do cliente e reative o agendamento");
        }
        LocalDate today = accounts.today(accountId);
        List<LocalDate> skipped = new ArrayList<>();
        int k = stored.nextIndex();
        for (LocalDate due = s.cycle().dueDate(s.firstDueDate(), k);
                due.isBefore(today) && within(s, k, due);
                due = s.cycle().dueDate(s.firstDueDate(), ++k)) {
            skipped.add(due);
        }
        if (!rows.reactivate(accountId, id, k)) throw new ConflictException("O agendamento mudou; tente de novo");
        rows.endFinished(accountId);
        // the next due date whose generation day has come already gets its charge now
        generate(accountId, id, today);
        events.publishEvent(new SubscriptionReactivated(accountId, id, List.copyOf(skipped)));
        return new Reactivation(get(accountId, id), List.copyOf(skipped));
    }

    /** Cancellation: from ACTIVE or DEACTIVATED; the notice follows the event (seed 000). */
    @Transactional
    public Subscription cancel(UUID accountId, UUID id, SubscriptionCancellation cancellation) {
        Subscription s = get(accountId, id);
        if (!rows.cancel(accountId, id)) {
            throw new ConflictException(
                    "Só um agendamento ativo ou desativado pode ser cancelado; este já está cancelado ou encerrado");
        }
        int cancelledCharges = Boolean.TRUE.equals(cancellation.cancelOpenCharges())
                ? charges.cancelOpenOfSubscription(accountId, id)
                : 0;
        // The subscription-cancellation notice names its latest charge (no charge yet: nobody to tell).
        charges.latestOfSubscription(accountId, id)
                .ifPresent(charge -> notices.queue(
                        accountId, charge, EventNotice.SUBSCRIPTION_CANCELLATION, cancellation.notifyCustomer()));
        events.publishEvent(new SubscriptionCancelled(
                accountId, id, s.number(), s.customerId(), cancellation.notifyCustomer(), cancelledCharges));
        return get(accountId, id);
    }

    private static boolean within(Subscription s, int k, LocalDate due) {
        return (s.maxCharges() == null || k < s.maxCharges()) && (s.endDate() == null || !due.isAfter(s.endDate()));
    }

    private SubscriptionRows.Stored stored(UUID accountId, UUID id) {
        return rows.find(accountId, id).orElseThrow(Subscriptions::notFound);
    }

    private static void check(SubscriptionRows.NewSubscription s) {
        if (s.firstDueDate().getYear() < 2000 || s.firstDueDate().getYear() > 2099) {
            throw new InvalidFieldException("firstDueDate", "deve estar entre 2000 e 2099");
        }
        if (s.endDate() != null && s.maxCharges() != null) {
            throw new InvalidFieldException("maxCharges", "informe endDate ou maxCharges, não os dois");
        }
        if (s.endDate() != null && s.endDate().isBefore(s.firstDueDate())) {
            throw new InvalidFieldException("endDate", "não pode ser anterior a firstDueDate");
        }
    }

    private UUID method(UUID accountId, String raw) {
        UUID id = reference(raw, "paymentMethodId", "forma de cobrança");
        paymentMethods.find(accountId, id).orElseThrow(() -> unknown("paymentMethodId", "forma de cobrança"));
        return id;
    }

    private static UUID reference(String raw, String field, String what) {
        return Ids.parse(raw.trim()).orElseThrow(() -> unknown(field, what));
    }

    private static InvalidReferenceException unknown(String field, String what) {
        return new InvalidReferenceException(field, what + " inexistente nesta conta");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Agendamento");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
