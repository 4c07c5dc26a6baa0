package br.com.regua.delivery;

import java.util.Optional;
import java.util.UUID;

/** The invoice PDF of a charge, rendered once and stored; provided by the invoices module. */
public interface InvoicePdfs {

    Optional<byte[]> pdf(UUID accountId, UUID chargeId);

    /** A link the customer opens without login; empty when the charge has no invoice. */
    Optional<String> link(UUID accountId, UUID chargeId);
}
