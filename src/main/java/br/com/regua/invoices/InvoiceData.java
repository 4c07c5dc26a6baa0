package br.com.regua.invoices;

import br.com.regua.boletos.Boleto;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an invoice PDF shows.
 *
 * @param pixCopyPaste the Pix "copia e cola" of a BOLIX charge, printed with its QR code; null
 *     for a plain boleto
 * @param documentNumber "Nº do documento", the merchant's reference for the charge
 * @param documentDate "Data do documento" and "Data do processamento"
 * @param instructions "Instruções (texto de responsabilidade do beneficiário)", one per line
 * @param beneficiaryAddress the beneficiary's address, one line; null when unknown
 * @param payerAddress the payer's address, one line; null when unknown
 */
public record InvoiceData(
        Boleto boleto,
        String pixCopyPaste,
        String documentNumber,
        LocalDate documentDate,
        String description,
        List<String> instructions,
        String beneficiaryAddress,
        String payerAddress) {

    public InvoiceData {
        if (boleto == null) throw new IllegalArgumentException("an invoice needs its boleto");
        instructions = instructions == null ? List.of() : List.copyOf(instructions);
    }
}
