package br.com.regua.subscriptions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A subscription as a client creates it: indefinite unless {@code endDate} (the last due date it
 * may have) or {@code maxCharges} (how many due dates it has) ends it, not both.
 */
public record SubscriptionData(
        @NotBlank @Size(max = 36) String customerId,
        @Size(max = 36) String serviceId,
        @NotBlank @Size(max = 36) String paymentMethodId,
        @NotNull @Positive @Max(MAX_AMOUNT) Long amount,
        @Size(max = 500) String description,
        @NotNull Cycle cycle,
        @NotNull LocalDate firstDueDate,
        @Min(0) @Max(MAX_DAYS_BEFORE) Integer generateDaysBefore,
        LocalDate endDate,
        @Min(1) @Max(MAX_CHARGES) Integer maxCharges) {

    /** R$ 999.999.999,99: the largest amount a boleto's value field holds (as for charges). */
    public static final long MAX_AMOUNT = 99_999_999_999L;

    public static final int DEFAULT_DAYS_BEFORE = 10;
    public static final int MAX_DAYS_BEFORE = 90;
    public static final int MAX_CHARGES = 1000;
}
