package br.com.regua.invoices;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
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

    /** A charge that has an invoice (a boleto), with its stored PDF if that was asked for and exists. */
    record Stored(UUID chargeId, byte[] pdf) {}

    /**
     * Of {@code chargeIds}, those that have an invoice, in one query; the stored PDFs of those in
     * {@code withPdf} come along (a missing one is null: {@link #getOrRender} makes it).
     */
    List<Stored> ofCharges(UUID accountId, Collection<UUID> chargeIds, Collection<UUID> withPdf) {
        if (chargeIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT ch.id, CASE WHEN ch.id = ANY(CAST(:withPdf AS uuid[])) THEN i.pdf END AS pdf
                FROM charges ch
                LEFT JOIN invoices i ON i.account_id = ch.account_id AND i.charge_id = ch.id
                WHERE ch.account_id = :account AND ch.id = ANY(CAST(:charges AS uuid[]))
                  AND ch.nosso_numero IS NOT NULL""")
                .param("withPdf", array(withPdf))
                .param("account", accountId)
                .param("charges", array(chargeIds))
                .query((rs, n) -> new Stored(rs.getObject("id", UUID.class), rs.getBytes("pdf")))
                .list();
    }

    private static String array(Collection<UUID> ids) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        ids.forEach(id -> array.add(id.toString()));
        return array.toString();
    }

    public Optional<byte[]> find(UUID accountId, UUID chargeId) {
        return jdbc.sql("SELECT pdf FROM invoices WHERE account_id = ? AND charge_id = ?")
                .params(accountId, chargeId)
                .query(byte[].class)
                .optional();
    }
}
