package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What may change in a payment method: its name, its sender, and "status do serviço para envio"
 * (left out or empty: the default). A method never changes kind or bank agreement, since charges
 * were issued under them; sending them back unchanged is accepted, so a client may PUT what it
 * read.
 */
public record PaymentMethodChanges(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 36) String senderId,
        Set<ServiceStatus> eligibleServiceStatuses,
        PaymentKind kind,
        BoletoData boleto) {}
