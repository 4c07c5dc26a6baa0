package br.com.regua.charges;

import java.time.LocalDate;
import java.util.UUID;

/** A payment a bank confirmed for a charge; {@code amount} null means "the charge's amount". */
public record BankPayment(UUID chargeId, LocalDate paidAt, Long amount) {}
