package br.com.regua.charges;

import java.util.UUID;

/** A charge was cancelled; {@code notifyCustomer} null means "the account's default". */
public record ChargeCancelled(UUID accountId, UUID chargeId, Boolean notifyCustomer) {}
