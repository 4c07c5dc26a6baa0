package br.com.regua.charges;

import java.time.LocalDate;
import java.util.UUID;

/** One installment of a carnê, as the carnê asks for its charge. */
public record CarneCharge(
        UUID carneId,
        int installment,
        UUID customerId,
        UUID serviceId,
        UUID paymentMethodId,
        long amount,
        String description,
        LocalDate dueDate) {}
