package br.com.regua.carnes;

import java.util.List;
import java.util.UUID;

/** A carnê was created with its installments' charges (in order), in the creating transaction. */
public record CarneCreated(UUID accountId, UUID carneId, UUID customerId, List<UUID> chargeIds) {}
