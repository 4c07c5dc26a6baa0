package br.com.regua.invoices.internal;

/** One slip of a carnê as the template reads it (public for SpEL). */
public record CarnePart(String installment, Slip slip) {}
