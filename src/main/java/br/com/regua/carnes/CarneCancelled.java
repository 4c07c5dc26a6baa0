package br.com.regua.carnes;

import java.util.UUID;

/** A whole carnê was cancelled; {@code cancelledCharges} of its installments were still open. */
public record CarneCancelled(UUID accountId, UUID carneId, UUID customerId, int cancelledCharges) {}
