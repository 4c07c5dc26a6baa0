package br.com.regua.carnes;

import br.com.regua.charges.CarneCharge;
import br.com.regua.charges.Charge;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Customers;
import br.com.regua.customers.Services;
import br.com.regua.invoices.ChargeInvoices;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Carnês: creation with every installment, the carnê's PDF, and cancellation whole or of one installment. */
@Component
public class Carnes {

    private final CarneRows rows;
    private final Customers customers;
    private final Services services;
    private final PaymentMethods paymentMethods;
    private final Charges charges;
    private final ChargeInvoices invoices;
    private final EventNotices notices;
    private final ApplicationEventPublisher events;

    Carnes(
            CarneRows rows,
            Customers customers,
            Services services,
            PaymentMethods paymentMethods,
            Charges charges,
            ChargeInvoices invoices,
            EventNotices notices,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.customers = customers;
        this.services = services;
        this.paymentMethods = paymentMethods;
        this.charges = charges;
        this.invoices = invoices;
        this.notices = notices;
        this.events = events;
    }

    /**
     * Creates the carnê and its N installments (one set-based insert, boletos included), then
     * queues the carnê-created notice on the first installment: one e-mail for the whole carnê,
     * with its PDF, if {@code notifyCustomer} says so or, when absent, the account's switch.
     */
    @Transactional
    public Carne create(UUID accountId, CarneData data) {
        UUID customerId = reference(data.customerId(), "customerId", "cliente");
        customers.find(accountId, customerId).orElseThrow(() -> unknown("customerId", "cliente"));
        UUID serviceId = services.referencedBy(accountId, customerId, data.serviceId());
        UUID methodId = reference(data.paymentMethodId(), "paymentMethodId", "forma de cobrança");
        paymentMethods.find(accountId, methodId).orElseThrow(() -> unknown("paymentMethodId", "forma de cobrança"));
        int n = data.installments();
        long[] amounts = amounts(n, data.amount(), data.totalAmount());
        List<LocalDate> dueDates = dueDates(data.firstDueDate(), n);
        String description = blankToNull(data.description());
        UUID id = Ids.next();
        long total = 0;
        for (long a : amounts) total += a;
        rows.insert(
                accountId,
                new CarneRows.Stored(
                        id, customerId, serviceId, methodId, n, total, description, data.firstDueDate(), null, null));
        List<CarneCharge> installments = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            installments.add(new CarneCharge(
                    id, k + 1, customerId, serviceId, methodId, amounts[k], description, dueDates.get(k)));
        }
        List<Charge> created = charges.createForCarne(accountId, installments);
        notices.queue(accountId, created.get(0).id(), EventNotice.CARNE_CREATED, data.notifyCustomer());
        events.publishEvent(new CarneCreated(
                accountId, id, customerId, created.stream().map(Charge::id).toList()));
        return get(accountId, id);
    }

    public Optional<Carne> find(UUID accountId, UUID id) {
        return rows.find(accountId, id).map(stored -> carne(stored, charges.ofCarne(accountId, id)));
    }

    public Carne get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(Carnes::notFound);
    }

    /** A page of the account's carnês (of one customer, if given), each with its installments. */
    public Page<Carne> list(UUID accountId, UUID customerId, PageRequest page) {
        List<CarneRows.Stored> stored = rows.list(accountId, customerId, page);
        Map<UUID, List<Charge>> installments = charges.ofCarnes(
                accountId, stored.stream().map(CarneRows.Stored::id).toList());
        List<Carne> carnes = stored.stream()
                .map(s -> carne(s, installments.getOrDefault(s.id(), List.of())))
                .toList();
        return Page.of(carnes, page, Carne::id);
    }

    /** The carnê's PDF: every installment's slip but the cancelled ones, three per A4 page. */
    public byte[] pdf(UUID accountId, UUID id) {
        Carne carne = get(accountId, id);
        return invoices.carnePdf(accountId, id, carne.description())
                .orElseThrow(() -> new ConflictException(
                        "Este carnê não tem parcelas a imprimir: todas foram canceladas ou a forma de cobrança não"
                                + " emite boleto"));
    }

    /**
     * Cancels the whole carnê: its open installments are cancelled without a notice each, and one
     * carnê-cancellation notice goes (seed 000's switch, or {@code notifyCustomer}). Refused (409)
     * when it was cancelled already or has no open installment left.
     */
    @Transactional
    public Carne cancel(UUID accountId, UUID id, CarneCancellation cancellation) {
        Carne carne = get(accountId, id);
        if (carne.status() == CarneStatus.CANCELLED) throw new ConflictException("Este carnê já está cancelado");
        if (carne.open() == 0) {
            throw new ConflictException("Este carnê não tem parcelas em aberto: não há o que cancelar");
        }
        if (!rows.markCancelled(accountId, id)) throw new ConflictException("Este carnê já está cancelado");
        int cancelled = charges.cancelOpenOfCarne(accountId, id);
        notices.queue(
                accountId, carne.charges().get(0).id(), EventNotice.CARNE_CANCELLATION, cancellation.notifyCustomer());
        events.publishEvent(new CarneCancelled(accountId, id, carne.customerId(), cancelled));
        return get(accountId, id);
    }

    /**
     * The amount of each installment: {@code amount} each, or {@code total} split to the centavo
     * with the remainder on the first (R$ 100,00 in 3 → 33,34 + 33,33 + 33,33).
     */
    static long[] amounts(int n, Long amount, Long total) {
        if (amount != null && total != null) {
            throw new InvalidFieldException(
                    "totalAmount", "informe amount (valor da parcela) ou totalAmount, não os dois");
        }
        if (amount == null && total == null) {
            throw new InvalidFieldException("amount", "informe o valor da parcela (amount) ou o total (totalAmount)");
        }
        long[] amounts = new long[n];
        if (amount != null) {
            java.util.Arrays.fill(amounts, amount);
            return amounts;
        }
        long each = total / n;
        if (each < 1) throw new InvalidFieldException("totalAmount", "menor que R$ 0,01 por parcela");
        if (each + total % n > CarneData.MAX_AMOUNT) {
            throw new InvalidFieldException("totalAmount", "cada parcela deve ser de no máximo R$ 999.999.999,99");
        }
        java.util.Arrays.fill(amounts, each);
        amounts[0] += total % n;
        return amounts;
    }

    /** Monthly from the first due date, each from the anchor day (31 Jan → 28/29 Feb → 31 Mar). */
    static List<LocalDate> dueDates(LocalDate first, int n) {
        if (first.getYear() < 2000 || first.getYear() > 2099) {
            throw new InvalidFieldException("firstDueDate", "deve estar entre 2000 e 2099");
        }
        List<LocalDate> dates = new ArrayList<>(n);
        for (int k = 0; k < n; k++) dates.add(first.plusMonths(k));
        if (dates.get(n - 1).getYear() > 2099) {
            throw new InvalidFieldException("firstDueDate", "a última parcela venceria depois de 2099");
        }
        return dates;
    }

    private static Carne carne(CarneRows.Stored s, List<Charge> installments) {
        List<Carne.Installment> charges = installments.stream()
                .map(c -> new Carne.Installment(
                        c.id(),
                        c.installment(),
                        c.dueDate(),
                        c.amount(),
                        c.status(),
                        c.nossoNumero(),
                        c.digitableLine()))
                .toList();
        CarneStatus status = s.cancelledAt() != null
                ? CarneStatus.CANCELLED
                : charges.stream().anyMatch(c -> c.status().isOpen()) ? CarneStatus.OPEN : CarneStatus.PAID;
        return new Carne(
                s.id(),
                status,
                s.customerId(),
                s.serviceId(),
                s.paymentMethodId(),
                s.installments(),
                s.totalAmount(),
                s.description(),
                s.firstDueDate(),
                s.createdAt(),
                s.cancelledAt(),
                charges);
    }

    private static UUID reference(String raw, String field, String what) {
        return Ids.parse(raw.trim()).orElseThrow(() -> unknown(field, what));
    }

    private static InvalidReferenceException unknown(String field, String what) {
        return new InvalidReferenceException(field, what + " inexistente nesta conta");
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Carnê");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
