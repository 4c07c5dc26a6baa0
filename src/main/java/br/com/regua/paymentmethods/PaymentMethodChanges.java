package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
        BoletoData boleto,

        @Schema(description = "Carência de compensação em dias úteis (0 a 10); ausente mantém a atual") @Min(0) @Max(10)
        Integer clearingGraceDays) {

    public PaymentMethodChanges(
            String name, String senderId, Set<ServiceStatus> eligible, PaymentKind kind, BoletoData boleto) {
        this(name, senderId, eligible, kind, boleto, null);
    }
}
