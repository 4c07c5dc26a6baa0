package br.com.regua.charges;

import java.time.LocalDate;
import java.util.UUID;

/** A charge was confirmed as paid; {@code notifyCustomer} null means "the account's default". */
public record ChargePaid(UUID accountId, UUID chargeId, LocalDate paidAt, long amount, Boolean notifyCustomer) {}
