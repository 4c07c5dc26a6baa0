package br.com.regua.charges;

import br.com.regua.accounts.Accounts;
import br.com.regua.calendar.BusinessCalendar;
import br.com.regua.calendar.Calendars;
import br.com.regua.customers.Customer;
import br.com.regua.customers.Customers;
import br.com.regua.paymentmethods.PaymentMethod;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The charges of subscriptions and carnês, a batch at a time: one {@code INSERT … SELECT FROM
 * unnest … ON CONFLICT DO NOTHING} on the (subscription, due date) or (carnê, installment) key, so
 * a second run, a racing instance or a catch-up overlapping an earlier run inserts nothing twice. Only the rows this statement really
 * inserted get a nosso número (one range per payment method) and their boleto, so a lost race
 * wastes no number; the boletos are written back in one UPDATE, in the same transaction.
 */
@Component
class GeneratedCharges {

    /** One charge to create: a subscription's for a due date, or a carnê's installment. */
    record ToCreate(
            UUID subscriptionId,
            UUID carneId,
            Integer installment,
            UUID customerId,
            UUID serviceId,
            UUID paymentMethodId,
            long amount,
            String description,
            LocalDate dueDate) {}

    record Inserted(UUID id, UUID customerId, UUID paymentMethodId, long amount, LocalDate dueDate) {}

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final Accounts accounts;
    private final Customers customers;
    private final PaymentMethods paymentMethods;
    private final ChargeBoletos boletos;
    private final ApplicationEventPublisher events;

    GeneratedCharges(
            JdbcClient jdbc,
            Calendars calendars,
            Accounts accounts,
            Customers customers,
            PaymentMethods paymentMethods,
            ChargeBoletos boletos,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.accounts = accounts;
        this.customers = customers;
        this.paymentMethods = paymentMethods;
        this.boletos = boletos;
        this.events = events;
    }

    int insert(UUID accountId, List<SubscriptionCharge> due) {
        return insert(
                        accountId,
                        ChargeOrigin.SUBSCRIPTION,
                        due.stream()
                                .map(c -> new ToCreate(
                                        c.subscriptionId(),
                                        null,
                                        null,
                                        c.customerId(),
                                        c.serviceId(),
                                        c.paymentMethodId(),
                                        c.amount(),
                                        c.description(),
                                        c.dueDate()))
                                .toList())
                .size();
    }

    /**
     * Inserts those of {@code due} that do not exist yet (same subscription and due date, or same
     * carnê and installment), with their boletos, publishing {@link ChargeCreated} for each; answers
     * the ids of the rows really inserted, in the order of {@code due}.
     */
    List<UUID> insert(UUID accountId, ChargeOrigin origin, List<ToCreate> due) {
        if (due.isEmpty()) return List.of();
        BusinessCalendar calendar = calendars.of(accountId);
        LocalDate today = accounts.today(accountId);
        List<Object> ids = new ArrayList<>(), subscriptions = new ArrayList<>(), customerIds = new ArrayList<>();
        List<Object> services = new ArrayList<>(), methods = new ArrayList<>(), amounts = new ArrayList<>();
        List<Object> descriptions = new ArrayList<>(), dueDates = new ArrayList<>(), effective = new ArrayList<>();
        List<Object> statuses = new ArrayList<>(), carnes = new ArrayList<>(), installments = new ArrayList<>();
        for (ToCreate c : due) {
            LocalDate effectiveDue = calendar.effectiveDueDate(c.dueDate());
            ids.add(Ids.next());
            subscriptions.add(c.subscriptionId());
            carnes.add(c.carneId());
            installments.add(c.installment());
            customerIds.add(c.customerId());
            services.add(c.serviceId());
            methods.add(c.paymentMethodId());
            amounts.add(c.amount());
            descriptions.add(c.description());
            dueDates.add(c.dueDate());
            effective.add(effectiveDue);
            statuses.add(today.isAfter(effectiveDue) ? ChargeStatus.OVERDUE : ChargeStatus.PENDING);
        }
        // ON CONFLICT without a target: a subscription's row collides on (subscription, due date),
        // a carnê's on (carnê, installment); either way the existing charge stays as it is.
        List<Inserted> inserted = jdbc.sql("""
                INSERT INTO charges (account_id, id, subscription_id, carne_id, installment, customer_id, service_id,
                                     payment_method_id, origin, amount, description, due_date, effective_due_date,
                                     status)
                SELECT :account, t.id, t.subscription_id, t.carne_id, t.installment, t.customer_id, t.service_id,
                       t.payment_method_id, :origin, t.amount, t.description, t.due_date, t.effective_due_date,
                       t.status
                FROM unnest(CAST(:ids AS uuid[]), CAST(:subscriptions AS uuid[]), CAST(:carnes AS uuid[]),
                            CAST(:installments AS int[]), CAST(:customers AS uuid[]), CAST(:services AS uuid[]),
                            CAST(:methods AS uuid[]), CAST(:amounts AS bigint[]), CAST(:descriptions AS text[]),
                            CAST(:dues AS date[]), CAST(:effective AS date[]), CAST(:statuses AS text[]))
                     AS t(id, subscription_id, carne_id, installment, customer_id, service_id, payment_method_id,
                          amount, description, due_date, effective_due_date, status)
                ORDER BY t.subscription_id, t.carne_id, t.due_date, t.installment
                ON CONFLICT DO NOTHING
                RETURNING id, customer_id, payment_method_id, amount, due_date""")
                .param("account", accountId)
                .param("origin", origin.name())
                .param("ids", PgArrays.of(ids))
                .param("subscriptions", PgArrays.of(subscriptions))
                .param("carnes", PgArrays.of(carnes))
                .param("installments", PgArrays.of(installments))
                .param("customers", PgArrays.of(customerIds))
                .param("services", PgArrays.of(services))
                .param("methods", PgArrays.of(methods))
                .param("amounts", PgArrays.of(amounts))
                .param("descriptions", PgArrays.of(descriptions))
                .param("dues", PgArrays.of(dueDates))
                .param("effective", PgArrays.of(effective))
                .param("statuses", PgArrays.of(statuses))
                .query((rs, n) -> new Inserted(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getLong(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
        // In the order asked for (RETURNING's order is not promised), so nosso números follow it.
        Map<UUID, Inserted> byId = new HashMap<>();
        for (Inserted c : inserted) byId.put(c.id(), c);
        List<Inserted> ordered = new ArrayList<>(inserted.size());
        for (Object id : ids) {
            Inserted c = byId.get((UUID) id);
            if (c != null) ordered.add(c);
        }
        attachBoletos(accountId, ordered);
        for (Inserted charge : ordered) {
            events.publishEvent(new ChargeCreated(accountId, charge.id(), origin, null));
        }
        return ordered.stream().map(Inserted::id).toList();
    }

    private void attachBoletos(UUID accountId, List<Inserted> inserted) {
        Map<UUID, List<Inserted>> byMethod = new LinkedHashMap<>();
        for (Inserted c : inserted)
            byMethod.computeIfAbsent(c.paymentMethodId(), k -> new ArrayList<>())
                    .add(c);
        Map<UUID, Customer> payers = new HashMap<>();
        List<Object> ids = new ArrayList<>(), numbers = new ArrayList<>(), barcodes = new ArrayList<>();
        List<Object> lines = new ArrayList<>(), pix = new ArrayList<>();
        for (var entry : byMethod.entrySet()) {
            PaymentMethod method = paymentMethods.get(accountId, entry.getKey());
            if (!method.kind().hasBoleto()) continue;
            List<Inserted> charges = entry.getValue();
            long first = paymentMethods.nextNossoNumeros(accountId, method.id(), charges.size());
            for (int i = 0; i < charges.size(); i++) {
                Inserted c = charges.get(i);
                long nossoNumero = first + i;
                Customer payer = payers.computeIfAbsent(c.customerId(), id -> customers.get(accountId, id));
                var boleto = boletos.issue(accountId, method, payer, nossoNumero, c.amount(), c.dueDate());
                ids.add(c.id());
                numbers.add(nossoNumero);
                barcodes.add(boleto.barcode());
                lines.add(boleto.digitableLine());
                pix.add(boletos.pix(accountId, method, nossoNumero, c.amount()));
            }
        }
        if (ids.isEmpty()) return;
        jdbc.sql("""
                UPDATE charges c SET nosso_numero = b.nosso_numero, barcode = b.barcode,
                                     digitable_line = b.digitable_line, pix_payload = b.pix_payload
                FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS text[]), CAST(:barcodes AS text[]),
                            CAST(:lines AS text[]), CAST(:pix AS text[]))
                     AS b(id, nosso_numero, barcode, digitable_line, pix_payload)
                WHERE c.account_id = :account AND c.id = b.id""")
                .param("account", accountId)
                .param("ids", PgArrays.of(ids))
                .param("numbers", PgArrays.of(numbers))
                .param("barcodes", PgArrays.of(barcodes))
                .param("lines", PgArrays.of(lines))
                .param("pix", PgArrays.of(pix))
                .update();
    }
}
