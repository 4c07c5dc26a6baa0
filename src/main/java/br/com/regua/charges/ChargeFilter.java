package br.com.regua.charges;

import java.util.UUID;

/** Optional filters of the charge list. */
public record ChargeFilter(UUID customerId, ChargeStatus status) {

    public static final ChargeFilter ALL = new ChargeFilter(null, null);
}
