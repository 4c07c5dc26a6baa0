package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A way of charging ("Forma de cobrança"): its kind, the bank data of its boletos, and which
 * service statuses still get notices ("Status do serviço para envio"), and how many business days
 * its after-due notices wait for the bank to confirm a payment ("carência de compensação").
 */
public record PaymentMethod(
        UUID id,
        String name,
        PaymentKind kind,
        UUID senderId,
        BoletoData boleto,
        Set<ServiceStatus> eligibleServiceStatuses,
        PixData pix,
        Instant createdAt,
        int clearingGraceDays) {}
