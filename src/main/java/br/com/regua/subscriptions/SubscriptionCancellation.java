package br.com.regua.subscriptions;

/**
 * A cancellation: {@code notifyCustomer} overrides the account's "subscription cancellation"
 * switch for this one only (null: the switch decides); {@code cancelOpenCharges} also cancels the
 * charges already generated and still open, without a charge-cancellation notice each.
 */
public record SubscriptionCancellation(Boolean notifyCustomer, Boolean cancelOpenCharges) {

    public static final SubscriptionCancellation NONE = new SubscriptionCancellation(null, null);
}
