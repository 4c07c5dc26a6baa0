package br.com.regua.charges;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A charge ("cobrança"); amounts are BRL centavos. */
public record Charge(
        UUID id,
        UUID customerId,
        UUID serviceId,
        UUID paymentMethodId,
        ChargeOrigin origin,
        long amount,
        String description,
        LocalDate dueDate,
        LocalDate effectiveDueDate,
        ChargeStatus status,
        LocalDate paidAt,
        Long paidAmount,
        Instant cancelledAt,
        String nossoNumero,
        String barcode,
        String digitableLine,
        String pixCopyPaste,
        LocalDate pauseNoticesUntil,
        String externalReference,
        Instant createdAt,
        UUID subscriptionId,
        UUID carneId,
        Integer installment) {}
