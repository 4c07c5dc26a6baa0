package br.com.regua.boletos;

import java.time.LocalDate;

/**
 * An issued boleto: the 44-digit barcode, the linha digitável as banks print it
 * ("00190.00009 01207.113000 09000.206186 5 38600000004000"), and the bank-formatted fields a
 * slip shows.
 *
 * @param bankCodeWithDigit the bank code as printed in the slip's header, e.g. "001-9"
 * @param beneficiaryCode "Agência/Código do Beneficiário" as the bank prints it
 * @param nossoNumero "Nosso Número" as the bank prints it, with its check digit where it has one
 * @param wallet "Carteira" as printed
 */
public record Boleto(
        String bankCode,
        String bankCodeWithDigit,
        String bankName,
        String barcode,
        String digitableLine,
        String nossoNumero,
        String beneficiaryCode,
        String wallet,
        LocalDate dueDate,
        long amountCentavos,
        Party payer,
        Party beneficiary) {}
