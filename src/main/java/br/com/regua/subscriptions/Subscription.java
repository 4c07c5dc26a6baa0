package br.com.regua.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A subscription; {@code number} is the account's human number for it, {@code nextDueDate} the due
 * date of the next charge to generate (null once it has ended or was cancelled).
 */
public record Subscription(
        UUID id,
        long number,
        UUID customerId,
        UUID serviceId,
        UUID paymentMethodId,
        long amount,
        String description,
        Cycle cycle,
        LocalDate firstDueDate,
        int generateDaysBefore,
        LocalDate endDate,
        Integer maxCharges,
        SubscriptionStatus status,
        LocalDate nextDueDate,
        DeactivationReason deactivationReason,
        Instant deactivatedAt,
        DeactivatedBy deactivatedBy,
        Instant cancelledAt,
        Instant endedAt,
        Instant createdAt) {

    /** The notification whose failure deactivated the subscription. */
    public record DeactivatedBy(UUID notificationId) {}
}
