package br.com.regua.bankreturns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a charge's history as the bank told it: an occurrence of an imported file. */
public record ChargeBankOccurrence(
        UUID bankReturnId,
        int line,
        String occurrence,
        String occurrenceLabel,
        LocalDate occurredOn,
        long amountPaid,
        long tariff,
        LineResult result,
        Instant importedAt) {}
