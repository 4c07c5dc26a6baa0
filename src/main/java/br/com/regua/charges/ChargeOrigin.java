package br.com.regua.charges;

/** Where a charge came from: one-off ("avulsa"), a carnê installment, or a subscription. */
public enum ChargeOrigin {
    ONE_OFF,
    CARNE,
    SUBSCRIPTION
}
