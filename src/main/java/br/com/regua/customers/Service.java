package br.com.regua.customers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's service or contract ("Serviço / contrato"); its status and billing switches decide
 * whether notices of its charges go out ("regra que limita o envio").
 */
public record Service(
        UUID id,
        UUID customerId,
        String description,
        ServiceStatus status,
        boolean allowBillingEmail,
        boolean allowBillingSms,
        boolean allowBillingWhatsapp,
        LocalDate pauseNoticesUntil,
        Instant createdAt) {}
