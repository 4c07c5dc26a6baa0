package br.com.regua.carnes;

import br.com.regua.charges.ChargeStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A carnê and its installments, in their order; amounts are BRL centavos. */
public record Carne(
        UUID id,
        CarneStatus status,
        UUID customerId,
        UUID serviceId,
        UUID paymentMethodId,
        int installments,
        long totalAmount,
        String description,
        LocalDate firstDueDate,
        Instant createdAt,
        Instant cancelledAt,
        List<Installment> charges) {

    /** One installment: its charge. */
    public record Installment(
            UUID id,
            int installment,
            LocalDate dueDate,
            long amount,
            ChargeStatus status,
            String nossoNumero,
            String digitableLine) {}

    /** How many installments are still to be paid. */
    public long open() {
        return charges.stream().filter(c -> c.status().isOpen()).count();
    }
}
