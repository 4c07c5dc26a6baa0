package br.com.regua.bankreturns;

import java.time.LocalDate;
import java.util.UUID;

/** One title of an imported file and what the import did with it (null while PROCESSING). */
public record BankReturnItem(
        int line,
        String nossoNumero,
        String occurrence,
        String occurrenceLabel,
        LineResult result,
        UUID chargeId,
        long amount,
        long amountPaid,
        long tariff,
        LocalDate paidAt,
        LocalDate creditedAt) {}
