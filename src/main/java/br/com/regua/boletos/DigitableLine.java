package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;

/**
 * The linha digitável: the barcode's 44 digits regrouped into five fields, the first three with a
 * módulo 10 check digit each, 47 digits in all, printed "AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D
 * EEEEEEEEEEEEEE".
 */
public final class DigitableLine {

    private DigitableLine() {}

    /** The printed linha digitável of a 44-digit barcode. */
    public static String of(String barcode) {
        requireBarcode(barcode);
        String field1 = barcode.substring(0, 4) + barcode.substring(19, 24);
        String field2 = barcode.substring(24, 34);
        String field3 = barcode.substring(34, 44);
        field1 += Febraban.fieldDigit(field1);
        field2 += Febraban.fieldDigit(field2);
        field3 += Febraban.fieldDigit(field3);
        return field1.substring(0, 5) + "." + field1.substring(5) + " "
                + field2.substring(0, 5) + "." + field2.substring(5) + " "
                + field3.substring(0, 5) + "." + field3.substring(5) + " "
                + barcode.charAt(4) + " "
                + barcode.substring(5, 19);
    }

    /**
     * The barcode behind a linha digitável, typed with or without dots and spaces; refused when
     * any of its four check digits is wrong.
     */
    public static String toBarcode(String line) {
        String digits = line == null ? "" : line.replaceAll("[\\s.]", "");
        if (!digits.matches("\\d{47}")) {
            throw new InvalidFieldException("digitableLine", "linha digitável tem 47 dígitos");
        }
        String field1 = digits.substring(0, 9);
        String field2 = digits.substring(10, 20);
        String field3 = digits.substring(21, 31);
        if (Febraban.fieldDigit(field1) != digit(digits, 9)
                || Febraban.fieldDigit(field2) != digit(digits, 20)
                || Febraban.fieldDigit(field3) != digit(digits, 31)) {
            throw new InvalidFieldException(
                    "digitableLine", "dígito verificador de campo da linha digitável não confere");
        }
        String barcode = field1.substring(0, 4) + digits.substring(32) + field1.substring(4) + field2 + field3;
        if (!Febraban.isValid(barcode)) {
            throw new InvalidFieldException("digitableLine", "dígito verificador geral da linha digitável não confere");
        }
        return barcode;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static void requireBarcode(String barcode) {
        if (barcode == null || !barcode.matches("\\d{44}")) {
            throw new IllegalArgumentException("a boleto barcode has 44 digits: " + barcode);
        }
    }
}
