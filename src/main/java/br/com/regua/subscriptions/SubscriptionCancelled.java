package br.com.regua.subscriptions;

import java.util.UUID;

/**
 * A subscription was cancelled, in the cancelling transaction. {@code notifyCustomer} null means
 * "the account's subscription-cancellation switch decides" (seed 000); {@code cancelledCharges}
 * is how many open charges were cancelled with it.
 */
public record SubscriptionCancelled(
        UUID accountId,
        UUID subscriptionId,
        long number,
        UUID customerId,
        Boolean notifyCustomer,
        int cancelledCharges) {}
