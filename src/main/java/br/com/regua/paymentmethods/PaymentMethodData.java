package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A payment method as a client sends it. */
public record PaymentMethodData(
        @NotBlank @Size(max = 200) String name,
        @NotNull PaymentKind kind,
        @Size(max = 36) String senderId,
        @Valid BoletoData boleto,
        Set<ServiceStatus> eligibleServiceStatuses,
        @Valid PixData pix) {}
