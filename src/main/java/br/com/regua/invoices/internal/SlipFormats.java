package br.com.regua.invoices.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a Brazilian slip writes money, dates and documents. */
final class SlipFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SlipFormats() {}

    /** "R$ 1.234,56", with a plain space (a no-break space would not match what people search for). */
    static String brl(long centavos) {
        String sign = centavos < 0 ? "-" : "";
        long abs = Math.abs(centavos);
        StringBuilder reais = new StringBuilder(Long.toString(abs / 100));
        for (int i = reais.length() - 3; i > 0; i -= 3) reais.insert(i, '.');
        return sign + "R$ " + reais + "," + String.format(Locale.ROOT, "%02d", abs % 100);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** CPF "529.982.247-25", CNPJ "11.222.333/0001-81" (alphanumeric CNPJ too); anything else as given. */
    static String document(String document) {
        if (document == null) return "";
        String raw = document.replaceAll("[.\\-/\\s]", "").toUpperCase();
        if (raw.matches("\\d{11}")) {
            return raw.substring(0, 3) + "." + raw.substring(3, 6) + "." + raw.substring(6, 9) + "-" + raw.substring(9);
        }
        if (raw.matches("[0-9A-Z]{12}\\d{2}")) {
            return raw.substring(0, 2) + "." + raw.substring(2, 5) + "." + raw.substring(5, 8) + "/"
                    + raw.substring(8, 12) + "-" + raw.substring(12);
        }
        return document.trim();
    }

    /** "CPF 529.982.247-25" or "CNPJ 11.222.333/0001-81", the label a slip puts before the number. */
    static String labelledDocument(String document) {
        if (document == null || document.isBlank()) return "";
        String raw = document.replaceAll("[.\\-/\\s]", "");
        return (raw.length() == 11 ? "CPF " : raw.length() == 14 ? "CNPJ " : "") + document(document);
    }
}
