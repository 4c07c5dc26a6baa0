package br.com.regua.bankreturns;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * One record of a fixed-width file, positions 1-based and inclusive as the manuals print them. A
 * line shorter than the layout had its trailing spaces trimmed by some system on the way and is
 * padded back; a longer one is tolerated when the excess is blank (CNAB 240 files of 241
 * characters exist). A required numeric field that is blank or holds a letter refuses the line,
 * which is also how a line cut in the middle shows: its later fields are blank.
 */
final class FixedLine {

    /** A field of a line that does not say what the layout says it must. */
    static final class BadField extends RuntimeException {

        final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private final int number;
    private final String text;

    private FixedLine(int number, String text) {
        this.number = number;
        this.text = text;
    }

    static FixedLine of(int number, String raw, int width) {
        if (raw.length() > width) {
            if (!raw.substring(width).isBlank()) {
                throw new BadField(
                        "line",
                        "linha com " + raw.length() + " caracteres; o leiaute tem " + width
                                + " (o arquivo está corrompido ou é de outro leiaute)");
            }
            return new FixedLine(number, raw.substring(0, width));
        }
        return new FixedLine(number, raw + " ".repeat(width - raw.length()));
    }

    int number() {
        return number;
    }

    String text(int from, int to) {
        return text.substring(from - 1, to);
    }

    /** Digits only, every one of them present. */
    String digits(int from, int to, String field, String what) {
        String value = text(from, to);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                String seen = value.isBlank() ? "está em branco" : "tem '" + printable(c) + "'";
                throw new BadField(
                        field, what + " (posições " + from + " a " + to + ") " + seen + "; o leiaute pede só dígitos");
            }
        }
        return value;
    }

    /** Centavos: the manuals' 9(n)V99. */
    long amount(int from, int to, String field, String what) {
        return Long.parseLong(digits(from, to, field, what));
    }

    /** DDMMAA (CNAB 400) or DDMMAAAA (CNAB 240); blank or zeros mean "no date". */
    LocalDate date(int from, int to, String field, String what) {
        String value = text(from, to);
        if (value.isBlank() || value.chars().allMatch(c -> c == '0')) return null;
        String digits = digits(from, to, field, what);
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int year = digits.length() == 6
                ? 2000 + Integer.parseInt(digits.substring(4, 6))
                : Integer.parseInt(digits.substring(4, 8));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadField(field, what + " (posições " + from + " a " + to + ") não é uma data: " + digits);
        }
    }

    /** Fails unless the text at {@code from..to} is {@code expected}. */
    void expect(int from, int to, String expected, String field, String what) {
        String value = text(from, to);
        if (!value.equals(expected)) {
            throw new BadField(
                    field,
                    what + " (posições " + from + " a " + to + ") deveria ser '" + expected + "' e é '"
                            + printable(value) + "'");
        }
    }

    private static String printable(char c) {
        return c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(printable(c));
        return out.toString();
    }
}
