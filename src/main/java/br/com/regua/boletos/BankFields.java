package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the bank data a merchant typed: digits, an optional check digit after a hyphen, padding. */
final class BankFields {

    private static final Pattern NUMBER_WITH_DIGIT = Pattern.compile("(\\d+)(?:-([0-9Xx]))?");

    private BankFields() {}

    /** A number and its optional check digit, "1234-5" or "1234". */
    record Numbered(String number, String digit) {

        String padded(int length) {
            return "0".repeat(Math.max(0, length - number.length())) + number;
        }

        /** As the slip prints it: the padded number, then "-digit" when there is one. */
        String printed(int length) {
            return digit == null ? padded(length) : padded(length) + "-" + digit;
        }
    }

    static Numbered numbered(String value, String field, int maxDigits, String what) {
        String trimmed = value == null ? "" : value.trim();
        Matcher matcher = NUMBER_WITH_DIGIT.matcher(trimmed);
        if (!matcher.matches()) throw new InvalidFieldException(field, what + " obrigatória, só dígitos");
        String number = stripZeros(matcher.group(1));
        if (number.length() > maxDigits) {
            throw new InvalidFieldException(
                    field,
                    what + " com até " + maxDigits + " dígitos (o dígito verificador vai após o hífen, ex.: 1234-5)");
        }
        String digit = matcher.group(2) == null ? null : matcher.group(2).toUpperCase();
        return new Numbered(number, digit);
    }

    /** Digits only, at most {@code maxDigits} once leading zeros are set aside, left-padded to it. */
    static String digits(String value, String field, int maxDigits, String what) {
        String trimmed = value == null ? "" : value.trim();
        if (!trimmed.matches("\\d+")) throw new InvalidFieldException(field, what + " obrigatório, só dígitos");
        String number = stripZeros(trimmed);
        if (number.length() > maxDigits) {
            throw new InvalidFieldException(field, what + " com até " + maxDigits + " dígitos");
        }
        return pad(number, maxDigits);
    }

    static String pad(String digits, int length) {
        return "0".repeat(Math.max(0, length - digits.length())) + digits;
    }

    private static String stripZeros(String digits) {
        String stripped = digits.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
