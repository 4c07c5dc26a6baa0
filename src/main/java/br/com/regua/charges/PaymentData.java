package br.com.regua.charges;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** A manual payment confirmation; every field is optional (today, the charge's amount, the default). */
public record PaymentData(
        LocalDate paidAt,
        @Positive @Max(ChargeData.MAX_AMOUNT) Long amount,
        Boolean notifyCustomer) {

    static final PaymentData NONE = new PaymentData(null, null, null);
}
