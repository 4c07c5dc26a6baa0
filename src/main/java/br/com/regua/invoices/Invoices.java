package br.com.regua.invoices;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored invoice PDFs, one per charge: rendered the first time one is asked for, then kept. */
@Repository
public class Invoices {

    private final JdbcClient jdbc;
    private final InvoiceRenderer renderer;
    private final TransactionTemplate transaction;

    Invoices(JdbcClient jdbc, InvoiceRenderer renderer, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.transaction = transaction;
    }

    /**
     * The charge's invoice PDF: the stored one, or else {@code data} rendered and stored. Callers
     * racing on one charge, on any number of instances, render it once between them.
     */
    public byte[] getOrRender(UUID accountId, UUID chargeId, Supplier<InvoiceData> data) {
        return find(accountId, chargeId)
                .orElseGet(() -> transaction.execute(status -> {
                    // A transaction-scoped advisory lock per charge: the second caller waits here for the
                    // first one's commit and then finds its PDF, instead of rendering a second one.
                    jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                            .param("invoice:" + accountId + ":" + chargeId)
                            .query()
                            .listOfRows();
                    return find(accountId, chargeId).orElseGet(() -> {
                        byte[] pdf = renderer.render(data.get());
                        jdbc.sql("INSERT INTO invoices (account_id, charge_id, pdf) VALUES (?, ?, ?)")
                                .params(accountId, chargeId, pdf)
                                .update();
                        return pdf;
                    });
                }));
    }

    public Optional<byte[]> find(UUID accountId, UUID chargeId) {
        return jdbc.sql("SELECT pdf FROM invoices WHERE account_id = ? AND charge_id = ?")
                .params(accountId, chargeId)
                .query(byte[].class)
                .optional();
    }
}
