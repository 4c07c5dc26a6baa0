package br.com.regua.bankreturns;

import java.util.UUID;

/**
 * A return file was applied: its report's counts. Published inside the import's transaction (so a
 * webhook outbox written by a listener commits with it).
 */
public record BankReturnImported(
        UUID accountId,
        UUID bankReturnId,
        String format,
        String bank,
        int lines,
        int paid,
        int alreadyPaid,
        int unmatched,
        int ignored,
        int rejected) {}
