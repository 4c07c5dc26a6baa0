package br.com.regua.paymentmethods;

/** How a charge is paid. BOLIX is a boleto that also carries a Pix copia-e-cola. */
public enum PaymentKind {
    BOLETO,
    PIX,
    BOLIX,
    CARD,
    DIRECT_DEBIT,
    OTHER;

    public boolean hasBoleto() {
        return this == BOLETO || this == BOLIX;
    }
}
