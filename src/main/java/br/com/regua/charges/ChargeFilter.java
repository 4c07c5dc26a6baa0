package br.com.regua.charges;

import java.util.UUID;

/** Optional filters of the charge list. */
public record ChargeFilter(UUID customerId, ChargeStatus status, UUID subscriptionId, UUID carneId) {

    public static final ChargeFilter ALL = new ChargeFilter(null, null, null, null);

    public ChargeFilter(UUID customerId, ChargeStatus status) {
        this(customerId, status, null, null);
    }

    public ChargeFilter(UUID customerId, ChargeStatus status, UUID subscriptionId) {
        this(customerId, status, subscriptionId, null);
    }
}
