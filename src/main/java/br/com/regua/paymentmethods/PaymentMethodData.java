package br.com.regua.paymentmethods;

import br.com.regua.customers.ServiceStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
        @Valid PixData pix,

        @Schema(
                description = "Carência de compensação: dias úteis (0 a 10) depois do primeiro dia de atraso em que os"
                        + " avisos após o vencimento esperam a confirmação do banco (retorno ou Pix); padrão 0")
        @Min(0)
        @Max(10)
        Integer clearingGraceDays) {

    public PaymentMethodData(
            String name,
            PaymentKind kind,
            String senderId,
            BoletoData boleto,
            Set<ServiceStatus> eligible,
            PixData pix) {
        this(name, kind, senderId, boleto, eligible, pix, null);
    }
}
