package br.com.regua.invoices;

import java.time.LocalDate;

/**
 * What a customer's invoice link shows: the slip while the charge can be paid; once it is paid or
 * cancelled, only a notice saying so (no slip to pay a second time); and nothing at all
 * {@link #KEPT_FOR_DAYS} days after it closed.
 */
sealed interface InvoiceLink {

    int KEPT_FOR_DAYS = 180;

    record Payable(byte[] pdf) implements InvoiceLink {}

    record Closed(boolean paid, LocalDate on, String description, long amount, String merchant)
            implements InvoiceLink {}

    record Expired() implements InvoiceLink {}
}
