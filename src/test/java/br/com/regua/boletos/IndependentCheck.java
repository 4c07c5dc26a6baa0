package br.com.regua.boletos;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Febraban's check digits written again from the specification, apart from the code under test
 * (which uses caelum-stella's): módulo 10 for each field of the linha digitável, módulo 11 for
 * the barcode's general digit.
 */
final class IndependentCheck {

    private IndependentCheck() {}

    /** Weights 2, 1, 2, 1… from the right; a product over 9 adds its digits; 10 − sum mod 10, 10 → 0. */
    static int modulo10(String digits) {
        int sum = 0;
        boolean two = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int product = (digits.charAt(i) - '0') * (two ? 2 : 1);
            sum += product / 10 + product % 10;
            two = !two;
        }
        return (10 - sum % 10) % 10;
    }

    /** Weights 2 to 9 from the right, repeating; 11 − sum mod 11, and 0, 10 or 11 → 1. */
    static int modulo11(String digits) {
        int sum = 0;
        int weight = 2;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += (digits.charAt(i) - '0') * weight;
            weight = weight == 9 ? 2 : weight + 1;
        }
        int digit = 11 - sum % 11;
        return digit == 0 || digit >= 10 ? 1 : digit;
    }

    /** Every check digit of a barcode and its printed linha digitável, and that they hold the same digits. */
    static void assertConsistent(String barcode, String line) {
        assertThat(barcode).matches("\\d{44}");
        assertThat(line).matches("\\d{5}\\.\\d{5} \\d{5}\\.\\d{6} \\d{5}\\.\\d{6} \\d \\d{14}");
        assertThat(barcode.charAt(4) - '0')
                .as("general check digit of %s", barcode)
                .isEqualTo(modulo11(barcode.substring(0, 4) + barcode.substring(5)));
        String digits = line.replaceAll("[ .]", "");
        assertThat(digits).hasSize(47);
        assertThat(digits.charAt(9) - '0').as("field 1 digit").isEqualTo(modulo10(digits.substring(0, 9)));
        assertThat(digits.charAt(20) - '0').as("field 2 digit").isEqualTo(modulo10(digits.substring(10, 20)));
        assertThat(digits.charAt(31) - '0').as("field 3 digit").isEqualTo(modulo10(digits.substring(21, 31)));
        assertThat(digits.substring(0, 4)).as("bank and currency").isEqualTo(barcode.substring(0, 4));
        assertThat(digits.substring(4, 9) + digits.substring(10, 20) + digits.substring(21, 31))
                .as("free field")
                .isEqualTo(barcode.substring(19));
        assertThat(digits.substring(32, 33)).as("general digit").isEqualTo(barcode.substring(4, 5));
        assertThat(digits.substring(33)).as("factor and value").isEqualTo(barcode.substring(5, 19));
    }
}
