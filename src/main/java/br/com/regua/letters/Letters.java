package br.com.regua.letters;

import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Boletos by post: the print run of PRINT_LETTERS, the batches it made (PDF and manifest), and
 * the explicit reprint of a charge.
 */
@Component
public class Letters {

    private final PrintRun printRun;
    private final LetterBatches batches;
    private final Reprints reprints;

    Letters(PrintRun printRun, LetterBatches batches, Reprints reprints) {
        this.printRun = printRun;
        this.batches = batches;
        this.reprints = reprints;
    }

    /**
     * Makes the batch of {@code date}: every open boleto charge of a customer with postal delivery
     * never printed before, and every reprint waiting. With nothing new, no batch is made (the
     * result's {@code batchId} is null). Joins the caller's transaction.
     */
    public PrintResult print(UUID accountId, LocalDate date, UUID routineRunId) {
        return printRun.print(accountId, date, routineRunId);
    }

    /** Puts the charge in the next batch again; 409 unless it is open, has a boleto and an address. */
    public LetterReprint reprint(UUID accountId, UUID chargeId) {
        return reprints.request(accountId, chargeId);
    }

    public Page<LetterBatch> batches(UUID accountId, PageRequest page) {
        return batches.list(accountId, page);
    }

    public Optional<LetterBatch> find(UUID accountId, UUID batchId) {
        return batches.find(accountId, batchId);
    }

    public LetterBatch get(UUID accountId, UUID batchId) {
        return batches.get(accountId, batchId);
    }

    public byte[] pdf(UUID accountId, UUID batchId) {
        return batches.pdf(accountId, batchId);
    }

    public String csv(UUID accountId, UUID batchId) {
        return batches.csv(accountId, batchId);
    }
}
