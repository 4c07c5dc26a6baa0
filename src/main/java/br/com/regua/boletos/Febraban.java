package br.com.regua.boletos;

import br.com.caelum.stella.boleto.bancos.gerador.GeradorDeDigito;
import br.com.caelum.stella.boleto.bancos.gerador.GeradorDeDigitoPadrao;
import br.com.regua.shared.InvalidFieldException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The Febraban frame of a boleto barcode: bank (3), currency 9 (1), general check digit (1),
 * due-date factor (4), value in centavos (10), the bank's free field (25).
 */
final class Febraban {

    static final long MAX_CENTAVOS = 99_999_999_99L;
    private static final GeradorDeDigito DIGITS = new GeradorDeDigitoPadrao();

    private Febraban() {}

    static String barcode(String bankCode, LocalDate dueDate, long amountCentavos, String freeField) {
        String withoutDigit = bankCode + "9" + String.format(Locale.ROOT, "%04d", DueDateFactor.of(dueDate))
                + value(amountCentavos) + freeField;
        return withoutDigit.substring(0, 4) + generalDigit(withoutDigit) + withoutDigit.substring(4);
    }

    /** Whether a 44-digit barcode's general check digit (position 5) is right. */
    static boolean isValid(String barcode) {
        return barcode.matches("\\d{44}")
                && generalDigit(barcode.substring(0, 4) + barcode.substring(5)) == barcode.charAt(4) - '0';
    }

    /** Módulo 11, weights 2–9 from the right; 0, 10 and 11 become 1. */
    static int generalDigit(String barcodeWithoutDigit) {
        return DIGITS.geraDigitoMod11(barcodeWithoutDigit);
    }

    /** Módulo 10, weights 2 and 1 from the right, digits of products summed. */
    static int fieldDigit(String field) {
        return DIGITS.geraDigitoMod10(field);
    }

    static void checkAmount(long amountCentavos) {
        if (amountCentavos <= 0 || amountCentavos > MAX_CENTAVOS) {
            throw new InvalidFieldException("amount", "valor de boleto entre 1 centavo e R$ 99.999.999,99");
        }
    }

    private static String value(long amountCentavos) {
        return String.format(Locale.ROOT, "%010d", amountCentavos);
    }
}
