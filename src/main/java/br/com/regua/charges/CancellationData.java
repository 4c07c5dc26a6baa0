package br.com.regua.charges;

/** A cancellation; {@code notifyCustomer} overrides the account's default for this one only. */
public record CancellationData(Boolean notifyCustomer) {

    static final CancellationData NONE = new CancellationData(null);
}
