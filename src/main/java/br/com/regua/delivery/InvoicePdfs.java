package br.com.regua.delivery;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The invoice PDF of a charge, rendered once and stored; provided by the invoices module. */
public interface InvoicePdfs {

    Optional<byte[]> pdf(UUID accountId, UUID chargeId);

    /**
     * The PDF of the carnê whose installment {@code chargeId} is, with every slip still to pay or
     * paid; empty when the charge is no carnê's.
     */
    Optional<byte[]> carnePdfOf(UUID accountId, UUID chargeId);

    /** A link the customer opens without login; empty when the charge has no invoice. */
    Optional<String> link(UUID accountId, UUID chargeId);

    /** A charge's invoice: its link, and its stored PDF when one was asked for and is stored. */
    record Invoice(String link, byte[] storedPdf) {}

    /**
     * The invoices of several charges of one account at once (a dispatch batch), by charge; charges
     * without an invoice are absent. PDFs are read for the charges in {@code withPdf} only, and
     * only when already stored: this never renders one ({@link #pdf} does).
     */
    Map<UUID, Invoice> invoices(UUID accountId, Collection<UUID> chargeIds, Set<UUID> withPdf);
}
