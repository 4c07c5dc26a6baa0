package br.com.regua.customers;

/** Who a notice is for: the merchant ("Para mim") or the customer ("Para meu cliente"). */
public enum Recipient {
    MERCHANT,
    CUSTOMER
}
