package br.com.regua.invoices;

/** One installment of a carnê as its PDF prints it: "3/12" and the installment's invoice. */
public record CarneSlip(int installment, int installments, InvoiceData data) {}
