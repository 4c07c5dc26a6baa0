package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;
import java.time.LocalDate;

/**
 * A boleto another system issued (the merchant's ERP or bank), read from its linha digitável or
 * barcode: every check digit verified, and what the Febraban frame encodes — bank, due date,
 * amount — given back for the caller to compare with its charge.
 *
 * @param amountCentavos 0 when the boleto encodes no amount ("valor em branco")
 * @param dueDate null when the boleto encodes no due date (factor 0000)
 */
public record IssuedElsewhere(
        String barcode, String digitableLine, String bankCode, long amountCentavos, LocalDate dueDate) {

    /**
     * Reads a boleto from its linha digitável or its barcode (either, or both when they agree);
     * {@code fieldPrefix} names the fields in errors, e.g. {@code "boleto."}. The due date factor
     * is read against {@code around} (the charge's due date), as a bank reads it against today.
     */
    public static IssuedElsewhere read(String digitableLine, String barcode, LocalDate around, String fieldPrefix) {
        String lineField = fieldPrefix + "digitableLine";
        String barcodeField = fieldPrefix + "barcode";
        boolean hasLine = digitableLine != null && !digitableLine.isBlank();
        boolean hasBarcode = barcode != null && !barcode.isBlank();
        if (!hasLine && !hasBarcode) {
            throw new InvalidFieldException(lineField, "informe a linha digitável ou o código de barras do boleto");
        }
        String fromLine = null;
        if (hasLine) {
            try {
                fromLine = DigitableLine.toBarcode(digitableLine);
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException(lineField, e.getMessage());
            }
        }
        String code = null;
        if (hasBarcode) {
            code = barcode.replaceAll("\\s", "");
            if (!code.matches("\\d{44}")) {
                throw new InvalidFieldException(barcodeField, "código de barras tem 44 dígitos");
            }
            if (!Febraban.isValid(code)) {
                throw new InvalidFieldException(barcodeField, "dígito verificador do código de barras não confere");
            }
            if (fromLine != null && !fromLine.equals(code)) {
                throw new InvalidFieldException(barcodeField, "o código de barras não é o da linha digitável");
            }
        }
        String result = fromLine != null ? fromLine : code;
        String field = fromLine != null ? lineField : barcodeField;
        if (result.charAt(3) != '9') throw new InvalidFieldException(field, "moeda do boleto não é o real (9)");
        int factor = Integer.parseInt(result.substring(5, 9));
        LocalDate due;
        if (factor == 0) {
            due = null;
        } else if (factor < 1000) {
            throw new InvalidFieldException(field, "fator de vencimento inválido: " + factor);
        } else {
            due = DueDateFactor.toDate(factor, around);
        }
        return new IssuedElsewhere(
                result, DigitableLine.of(result), result.substring(0, 3), Long.parseLong(result.substring(9, 19)), due);
    }

    /** Whether a Pix copia-e-cola is a BR Code whose CRC is right. */
    public static boolean isPixCopyPaste(String payload) {
        return payload != null && payload.startsWith("000201") && BrCode.hasValidCrc(payload);
    }
}
