package br.com.regua.carnes;

/** Where a carnê stands, read from its installments: some still open, none left to pay, or cancelled whole. */
public enum CarneStatus {
    OPEN,
    PAID,
    CANCELLED
}
