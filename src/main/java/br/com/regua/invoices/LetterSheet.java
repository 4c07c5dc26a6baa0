package br.com.regua.invoices;

import java.util.List;
import java.util.UUID;

/**
 * One letter of a print batch as the letters module words it: who sends it, the address block the
 * envelope's window shows, a short text, and the charge whose boleto slip goes on the same sheet.
 *
 * @param addressLines the recipient's name first, then the postal lines, CEP last
 */
public record LetterSheet(String sender, List<String> addressLines, List<String> paragraphs, UUID chargeId) {

    public LetterSheet {
        addressLines = List.copyOf(addressLines);
        paragraphs = List.copyOf(paragraphs);
    }
}
