package br.com.regua.bankreturns;

/** PROCESSING until the background step has applied the file; REJECTED when it was refused whole. */
public enum BankReturnStatus {
    PROCESSING,
    COMPLETED,
    REJECTED
}
