package br.com.regua.charges;

import br.com.regua.accounts.Accounts;
import br.com.regua.boletos.IssuedElsewhere;
import br.com.regua.calendar.Calendars;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.paymentmethods.PaymentMethod;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Brl;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Charges: creation, payment, cancellation, and the daily step that marks them overdue. */
@Component
public class Charges {

    private final ChargeRows rows;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final Calendars calendars;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ChargeBoletos boletos;
    private final GeneratedCharges generated;

    Charges(
            ChargeRows rows,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            Calendars calendars,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events,
            ChargeBoletos boletos,
            GeneratedCharges generated) {
        this.rows = rows;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.calendars = calendars;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
        this.boletos = boletos;
        this.generated = generated;
    }

    @Transactional
    public Charge create(UUID accountId, ChargeData data) {
        UUID customerId = reference(data.customerId(), "customerId", "cliente");
        var payer = customers.find(accountId, customerId).orElseThrow(() -> unknown("customerId", "cliente"));
        UUID serviceId = null;
        if (data.serviceId() != null && !data.serviceId().isBlank()) {
            serviceId = reference(data.serviceId(), "serviceId", "serviço");
            var service = services.find(accountId, serviceId).orElseThrow(() -> unknown("serviceId", "serviço"));
            if (!service.customerId().equals(customerId)) {
                throw new InvalidReferenceException("serviceId", "o serviço não pertence a este cliente");
            }
        }
        UUID paymentMethodId = reference(data.paymentMethodId(), "paymentMethodId", "forma de cobrança");
        var method = paymentMethods
                .find(accountId, paymentMethodId)
                .orElseThrow(() -> unknown("paymentMethodId", "forma de cobrança"));
        LocalDate dueDate = data.dueDate();
        if (dueDate.getYear() < 2000 || dueDate.getYear() > 2099) {
            throw new InvalidFieldException("dueDate", "deve estar entre 2000 e 2099");
        }
        LocalDate effectiveDueDate = calendars.of(accountId).effectiveDueDate(dueDate);
        ChargeStatus status = today(accountId).isAfter(effectiveDueDate) ? ChargeStatus.OVERDUE : ChargeStatus.PENDING;
        UUID id = Ids.next();
        rows.insert(
                accountId,
                id,
                new ChargeRows.NewCharge(
                        customerId,
                        serviceId,
                        paymentMethodId,
                        ChargeOrigin.ONE_OFF,
                        data.amount(),
                        blankToNull(data.description()),
                        dueDate,
                        effectiveDueDate,
                        status,
                        blankToNull(data.externalReference())));
        if (data.boleto() != null) {
            attachExisting(accountId, id, method, data);
        } else if (method.kind().hasBoleto()) {
            long nossoNumero = paymentMethods.nextNossoNumero(accountId, paymentMethodId);
            var boleto = boletos.issue(accountId, method, payer, nossoNumero, data.amount(), dueDate);
            rows.attachBoleto(
                    accountId,
                    id,
                    Long.toString(nossoNumero),
                    boleto.barcode(),
                    boleto.digitableLine(),
                    boletos.pix(accountId, method, nossoNumero, data.amount()));
        }
        events.publishEvent(new ChargeCreated(accountId, id, ChargeOrigin.ONE_OFF, data.notifyCustomer()));
        return get(accountId, id);
    }

    /**
     * A boleto another system issued (Appendix B {@code boleto}), checked before it is kept: its
     * check digits, its bank (the payment method's), the amount and due date it encodes (the
     * charge's), its Pix copia-e-cola's CRC, and a nosso número no other charge of the payment
     * method has. The method's own sequence moves past a numeric nosso número, so that a boleto
     * Régua issues later never takes it.
     */
    private void attachExisting(UUID accountId, UUID chargeId, PaymentMethod method, ChargeData data) {
        ExistingBoleto given = data.boleto();
        if (!method.kind().hasBoleto()) {
            throw new InvalidFieldException("boleto", "a forma de cobrança não é de boleto");
        }
        String nossoNumero = given.nossoNumero().replaceAll("\\D", "");
        if (nossoNumero.isEmpty() || nossoNumero.length() > 20) {
            throw new InvalidFieldException("boleto.nossoNumero", "nosso número tem de 1 a 20 dígitos");
        }
        var boleto = IssuedElsewhere.read(given.digitableLine(), given.barcode(), data.dueDate(), "boleto.");
        String field = given.digitableLine() != null && !given.digitableLine().isBlank()
                ? "boleto.digitableLine"
                : "boleto.barcode";
        String bank = method.boleto().bank();
        if (!boleto.bankCode().equals(bank)) {
            throw new InvalidFieldException(
                    field, "o boleto é do banco " + boleto.bankCode() + ", a forma de cobrança é do banco " + bank);
        }
        if (boleto.amountCentavos() != 0 && boleto.amountCentavos() != data.amount()) {
            throw new InvalidFieldException(
                    field,
                    "o valor do boleto (" + Brl.format(boleto.amountCentavos()) + ") não é o da cobrança (amount: "
                            + Brl.format(data.amount()) + ")");
        }
        if (boleto.dueDate() != null && !boleto.dueDate().equals(data.dueDate())) {
            throw new InvalidFieldException(
                    field,
                    "o vencimento do boleto (" + boleto.dueDate().format(BR_DATE) + ") não é o da cobrança (dueDate: "
                            + data.dueDate().format(BR_DATE) + ")");
        }
        String pix = given.pixCopyPaste() == null || given.pixCopyPaste().isBlank()
                ? null
                : given.pixCopyPaste().trim();
        if (pix != null && !IssuedElsewhere.isPixCopyPaste(pix)) {
            throw new InvalidFieldException("boleto.pixCopyPaste", "Pix copia-e-cola inválido (CRC não confere)");
        }
        if (rows.nossoNumeroTaken(accountId, method.id(), nossoNumero)) {
            throw new InvalidFieldException(
                    "boleto.nossoNumero",
                    "outra cobrança desta forma de cobrança já tem o nosso número " + nossoNumero);
        }
        if (nossoNumero.length() <= 18) {
            paymentMethods.reserveNossoNumerosUpTo(accountId, method.id(), Long.parseLong(nossoNumero));
        }
        rows.attachBoleto(accountId, chargeId, nossoNumero, boleto.barcode(), boleto.digitableLine(), pix);
    }

    private static final java.time.format.DateTimeFormatter BR_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The charges subscriptions owe, with their boletos, as one set-based insert: a (subscription,
     * due date) that already has its charge is left alone. Answers how many were created.
     */
    @Transactional
    public int createForSubscriptions(UUID accountId, java.util.List<SubscriptionCharge> due) {
        return generated.insert(accountId, due);
    }

    /**
     * A carnê's installments, with their boletos, in one set-based insert; an installment that
     * exists already is left alone. Answers the installments' charges, in their order. The carnê's
     * own notice stands for the charge-created notice of each installment.
     */
    @Transactional
    public java.util.List<Charge> createForCarne(UUID accountId, java.util.List<CarneCharge> installments) {
        generated.insert(
                accountId,
                ChargeOrigin.CARNE,
                installments.stream()
                        .map(c -> new GeneratedCharges.ToCreate(
                                null,
                                c.carneId(),
                                c.installment(),
                                c.customerId(),
                                c.serviceId(),
                                c.paymentMethodId(),
                                c.amount(),
                                c.description(),
                                c.dueDate()))
                        .toList());
        return installments.isEmpty()
                ? java.util.List.of()
                : ofCarne(accountId, installments.get(0).carneId());
    }

    /** A carnê's installments, in their order. */
    public java.util.List<Charge> ofCarne(UUID accountId, UUID carneId) {
        return rows.ofCarne(accountId, carneId);
    }

    /** The installments of several carnês at once, by carnê, each list in installment order. */
    public java.util.Map<UUID, java.util.List<Charge>> ofCarnes(UUID accountId, java.util.Collection<UUID> carneIds) {
        return rows.ofCarnes(accountId, carneIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Charge::carneId, java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
    }

    /** Cancels every open installment of a carnê, without a notice each; answers how many. */
    @Transactional
    public int cancelOpenOfCarne(UUID accountId, UUID carneId) {
        int cancelled = 0;
        for (UUID id : rows.openOfCarne(accountId, carneId)) {
            if (rows.markCancelled(accountId, id)) {
                events.publishEvent(new ChargeCancelled(accountId, id, false));
                cancelled++;
            }
        }
        return cancelled;
    }

    /** Cancels every open charge of a subscription, without a notice each; answers how many. */
    @Transactional
    public int cancelOpenOfSubscription(UUID accountId, UUID subscriptionId) {
        int cancelled = 0;
        for (UUID id : rows.openOfSubscription(accountId, subscriptionId)) {
            if (rows.markCancelled(accountId, id)) {
                events.publishEvent(new ChargeCancelled(accountId, id, false));
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The subscription's charge with the latest due date, if it has any. */
    public Optional<UUID> latestOfSubscription(UUID accountId, UUID subscriptionId) {
        return rows.latestOfSubscription(accountId, subscriptionId);
    }

    public Optional<Charge> find(UUID accountId, UUID id) {
        return rows.find(accountId, id);
    }

    public Charge get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(() -> new NotFoundException("Cobrança"));
    }

    public Page<Charge> list(UUID accountId, ChargeFilter filter, PageRequest page) {
        return rows.list(accountId, filter, page);
    }

    /** Manual confirmation of payment ("marcar como pago", Efí's settle): only from PENDING/OVERDUE. */
    @Transactional
    public Charge pay(UUID accountId, UUID id, PaymentData payment) {
        Charge charge = get(accountId, id);
        LocalDate paidAt = payment.paidAt() != null ? payment.paidAt() : today(accountId);
        long amount = payment.amount() != null ? payment.amount() : charge.amount();
        if (!rows.markPaid(accountId, id, paidAt, amount)) throw refused(accountId, id, "paga");
        events.publishEvent(new ChargePaid(accountId, id, paidAt, amount, payment.notifyCustomer()));
        return get(accountId, id);
    }

    /**
     * A payment the provider reported (a Pix webhook): like {@link #pay} with the account's default
     * notice, but a charge that is no longer open answers false instead of a conflict, so that the
     * caller's transaction, which records the payment either way, is not rolled back.
     */
    @Transactional
    public boolean settle(UUID accountId, UUID id, LocalDate paidAt, long amount) {
        if (!rows.markPaid(accountId, id, paidAt, amount)) return false;
        events.publishEvent(new ChargePaid(accountId, id, paidAt, amount, null));
        return true;
    }

    /** The charges whose Pix copia-e-cola carries this txid (EMV field 62-05), oldest first. */
    public java.util.List<Charge> withPixTxid(UUID accountId, String txid) {
        return rows.withPixTxid(accountId, txid);
    }

    /** Cancellation: only from PENDING/OVERDUE. */
    @Transactional
    public Charge cancel(UUID accountId, UUID id, CancellationData cancellation) {
        get(accountId, id);
        if (!rows.markCancelled(accountId, id)) throw refused(accountId, id, "cancelada");
        events.publishEvent(new ChargeCancelled(accountId, id, cancellation.notifyCustomer()));
        return get(accountId, id);
    }

    /** "Não avisar até": no notice of this charge goes out up to and including {@code until} (null lifts it). */
    public Charge pauseNotices(UUID accountId, UUID id, LocalDate until) {
        if (!rows.pauseNotices(accountId, id, until)) throw new NotFoundException("Cobrança");
        return get(accountId, id);
    }

    /**
     * Every PENDING charge whose effective due date has passed in its account's time zone becomes
     * OVERDUE; one statement for all accounts.
     */
    public int markOverdue() {
        return rows.markOverdue(clock.instant());
    }

    /** The same step for one account, as if {@code today} were today (a routine run for a date). */
    public int markOverdue(UUID accountId, LocalDate today) {
        return rows.markOverdue(accountId, today);
    }

    LocalDate today(UUID accountId) {
        return accounts.today(accountId);
    }

    private ConflictException refused(UUID accountId, UUID id, String action) {
        ChargeStatus status = get(accountId, id).status();
        return new ConflictException(
                "Cobrança com status " + status + " não pode ser " + action + " (só PENDING ou OVERDUE)");
    }

    /** An id in the body that is not one of this account's is a request that cannot be processed. */
    private static UUID reference(String raw, String field, String what) {
        return Ids.parse(raw.trim()).orElseThrow(() -> unknown(field, what));
    }

    private static InvalidReferenceException unknown(String field, String what) {
        return new InvalidReferenceException(field, what + " inexistente nesta conta");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
