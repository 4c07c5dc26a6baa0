package br.com.regua.carnes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A carnê as a client creates it: {@code amount} per installment or {@code totalAmount} split to
 * the centavo (the remainder on the first installment), not both; monthly from {@code firstDueDate}.
 * {@code notifyCustomer} overrides the account's "carnê gerado" switch for this carnê.
 */
public record CarneData(
        @NotBlank @Size(max = 36) String customerId,
        @Size(max = 36) String serviceId,
        @NotBlank @Size(max = 36) String paymentMethodId,

        @NotNull @Min(MIN_INSTALLMENTS) @Max(MAX_INSTALLMENTS)
        Integer installments,

        @Positive @Max(MAX_AMOUNT) Long amount,
        @Positive Long totalAmount,
        @NotNull LocalDate firstDueDate,
        @Size(max = 500) String description,
        Boolean notifyCustomer) {

    public static final int MIN_INSTALLMENTS = 2;
    public static final int MAX_INSTALLMENTS = 60;

    /** R$ 999.999.999,99: the largest amount a boleto's value field holds (as for charges). */
    public static final long MAX_AMOUNT = 99_999_999_999L;
}
