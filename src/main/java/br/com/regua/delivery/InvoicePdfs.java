package br.com.regua.delivery;

import java.util.Optional;
import java.util.UUID;

/** The invoice PDF of a charge, rendered once and stored; provided by the invoices module. */
public interface InvoicePdfs {

    Optional<byte[]> pdf(UUID accountId, UUID chargeId);
}
