package br.com.regua.subscriptions;

import java.util.UUID;

/** A subscription stopped generating because a notice of one of its charges could not be delivered (seed 001). */
public record SubscriptionDeactivated(
        UUID accountId,
        UUID subscriptionId,
        long number,
        UUID customerId,
        DeactivationReason reason,
        UUID notificationId) {}
