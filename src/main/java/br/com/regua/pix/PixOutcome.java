package br.com.regua.pix;

/** What a received Pix did; every one is kept, whatever it did. */
public enum PixOutcome {
    /** Paid its open charge, with the charge's amount. */
    PAID,
    /**
     * Paid its open charge with another amount (interest, a typed amount): the charge is PAID with
     * what was received and the difference is kept, as a bank return would do.
     */
    PAID_DIFFERENT_AMOUNT,
    /** Its charge was paid already (by hand, a return file, or another Pix): a double payment to refund. */
    ALREADY_PAID,
    /** Its charge was cancelled. */
    CHARGE_CANCELLED,
    /** No charge of the account carries its txid. */
    UNKNOWN_TXID,
    /** The Pix came without a txid (a transfer to the key): nothing to match it by. */
    NO_TXID,
    /** Several open charges carry its txid and its key does not tell them apart. */
    AMBIGUOUS_TXID;

    public boolean paidTheCharge() {
        return this == PAID || this == PAID_DIFFERENT_AMOUNT;
    }
}
