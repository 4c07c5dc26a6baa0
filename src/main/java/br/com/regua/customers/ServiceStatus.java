package br.com.regua.customers;

/** Status of a customer's service (contract), as an ISP's ERP has it. */
public enum ServiceStatus {
    ACTIVE,
    SUSPENDED,
    INACTIVE,
    CANCELLED
}
