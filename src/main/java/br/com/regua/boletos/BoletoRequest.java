package br.com.regua.boletos;

import java.time.LocalDate;

/**
 * What a boleto is made of. {@code agency}, {@code account}, {@code wallet} and {@code agreement}
 * are the payment method's bank data as the merchant typed them ("1234-5", "56789-0", "18",
 * "1234567"); {@code nossoNumero} is the merchant's own sequence number, digits only, which each
 * bank's layout completes (Banco do Brasil prefixes the agreement, Caixa the modality, and so on).
 */
public record BoletoRequest(
        String bank,
        String agency,
        String account,
        String wallet,
        String agreement,
        String nossoNumero,
        long amountCentavos,
        LocalDate dueDate,
        Party payer,
        Party beneficiary) {}
