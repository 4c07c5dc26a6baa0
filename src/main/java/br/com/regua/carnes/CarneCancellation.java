package br.com.regua.carnes;

/** {@code notifyCustomer} null means "the account's default" for the carnê-cancellation notice. */
public record CarneCancellation(Boolean notifyCustomer) {

    public static final CarneCancellation NONE = new CarneCancellation(null);
}
