package br.com.regua.charges;

import java.util.UUID;

/**
 * A charge was created, with its boleto/Pix if it has one, on any path (one-off, subscription,
 * carnê); {@code notifyCustomer} null means "the account's default" for the charge-created notice.
 */
public record ChargeCreated(UUID accountId, UUID chargeId, ChargeOrigin origin, Boolean notifyCustomer) {}
