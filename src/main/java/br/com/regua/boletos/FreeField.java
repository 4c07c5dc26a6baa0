package br.com.regua.boletos;

/**
 * The bank-specific part of a boleto.
 *
 * @param digits the 25-digit "campo livre" (barcode positions 20 to 44)
 */
record FreeField(String digits, String nossoNumero, String beneficiaryCode, String wallet) {

    FreeField {
        if (!digits.matches("\\d{25}")) {
            throw new IllegalStateException("campo livre must have 25 digits, got " + digits);
        }
    }
}
