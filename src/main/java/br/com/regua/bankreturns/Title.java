package br.com.regua.bankreturns;

import java.time.LocalDate;

/**
 * One title of a return file as its layout gives it. {@code sequence} is the nosso número as Régua
 * numbers its boletos (the bank's prefix and check digit set aside, no leading zeros); amounts are
 * centavos; dates are null when the bank left them blank or zero.
 */
record Title(
        int line,
        String nossoNumero,
        String sequence,
        String occurrence,
        String occurrenceLabel,
        boolean settlement,
        long amount,
        long amountPaid,
        long tariff,
        LocalDate paidAt,
        LocalDate creditedAt) {}
