package br.com.regua.subscriptions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a PUT changes; an absent field stays as it is. Changes apply to the charges not generated
 * yet. The customer never changes, and the cycle and first due date only until the first charge
 * is generated (they define which due dates exist); sending them back unchanged is accepted, so a
 * client may PUT what it read.
 */
public record SubscriptionChanges(
        @Size(max = 36) String customerId,
        @Size(max = 36) String serviceId,
        @Size(max = 36) String paymentMethodId,
        @Positive @Max(SubscriptionData.MAX_AMOUNT) Long amount,
        @Size(max = 500) String description,
        Cycle cycle,
        LocalDate firstDueDate,
        @Min(0) @Max(SubscriptionData.MAX_DAYS_BEFORE) Integer generateDaysBefore,
        LocalDate endDate,
        @Min(1) @Max(SubscriptionData.MAX_CHARGES) Integer maxCharges) {}
