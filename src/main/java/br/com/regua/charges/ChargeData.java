package br.com.regua.charges;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A one-off charge as a client sends it. Past due dates are accepted (imports). */
public record ChargeData(
        @NotBlank @Size(max = 36) String customerId,
        @Size(max = 36) String serviceId,
        @NotBlank @Size(max = 36) String paymentMethodId,
        @NotNull @Positive @Max(MAX_AMOUNT) Long amount,
        @NotNull LocalDate dueDate,
        @Size(max = 500) String description,
        @Size(max = 100) String externalReference,

        @Schema(
                description = "Envia o e-mail de \"cobrança gerada\" (com o boleto) nesta operação: true envia,"
                        + " false não envia; ausente segue a configuração da conta (Configurações > E-mails)")
        Boolean notifyCustomer,

        @Valid ExistingBoleto boleto) {

    /** A charge whose boleto Régua issues. */
    public ChargeData(
            String customerId,
            String serviceId,
            String paymentMethodId,
            Long amount,
            LocalDate dueDate,
            String description,
            String externalReference,
            Boolean notifyCustomer) {
        this(
                customerId,
                serviceId,
                paymentMethodId,
                amount,
                dueDate,
                description,
                externalReference,
                notifyCustomer,
                null);
    }

    /** Without a word on the charge-created notice: the account's default. */
    public ChargeData(
            String customerId,
            String serviceId,
            String paymentMethodId,
            Long amount,
            LocalDate dueDate,
            String description,
            String externalReference) {
        this(customerId, serviceId, paymentMethodId, amount, dueDate, description, externalReference, null, null);
    }

    /** R$ 999.999.999,99: the largest amount a boleto's 10-digit value field holds. */
    public static final long MAX_AMOUNT = 99_999_999_999L;
}
