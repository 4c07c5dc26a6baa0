package br.com.regua.charges;

import java.util.UUID;

/**
 * A charge was created (one-off, subscription or carnê), in the creating transaction; the
 * "cobrança gerada" notice follows it. {@code notifyCustomer} null means "the account's default".
 */
public record ChargeCreated(UUID accountId, UUID chargeId, ChargeOrigin origin, Boolean notifyCustomer) {}
