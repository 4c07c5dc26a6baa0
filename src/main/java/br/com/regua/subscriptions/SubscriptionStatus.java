package br.com.regua.subscriptions;

/** ACTIVE generates charges; DEACTIVATED (seed 001) waits for reactivation; CANCELLED and ENDED are final. */
public enum SubscriptionStatus {
    ACTIVE,
    DEACTIVATED,
    CANCELLED,
    ENDED
}
