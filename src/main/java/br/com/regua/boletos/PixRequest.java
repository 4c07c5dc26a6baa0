package br.com.regua.boletos;

/**
 * A static Pix charge.
 *
 * @param key the merchant's Pix key (CPF/CNPJ digits, e-mail, +55 phone or random key)
 * @param amountCentavos the amount, or null to let the payer type it
 * @param merchantName folded to ASCII and cut to 25 characters
 * @param merchantCity folded to ASCII and cut to 15 characters
 * @param txid up to 25 letters and digits, or null for none ("***")
 */
public record PixRequest(String key, Long amountCentavos, String merchantName, String merchantCity, String txid) {}
