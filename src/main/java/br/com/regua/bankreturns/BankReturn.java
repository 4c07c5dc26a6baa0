package br.com.regua.bankreturns;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An imported return file and its report. {@code lines} counts its titles; {@code rejected} is the
 * list of the titles Régua could not apply (a settlement of a cancelled charge); {@code errors}
 * why a REJECTED file was refused.
 */
public record BankReturn(
        UUID id,
        BankReturnStatus status,
        ReturnFormat format,
        String bank,
        String fileName,
        String agency,
        String bankAccount,
        String agreement,
        int lines,
        int paid,
        int alreadyPaid,
        int unmatched,
        int ignored,
        List<BankReturnItem> rejected,
        List<LineError> errors,
        Instant createdAt,
        Instant completedAt) {

    BankReturn withRejected(List<BankReturnItem> items) {
        return new BankReturn(
                id,
                status,
                format,
                bank,
                fileName,
                agency,
                bankAccount,
                agreement,
                lines,
                paid,
                alreadyPaid,
                unmatched,
                ignored,
                items,
                errors,
                createdAt,
                completedAt);
    }
}
