package br.com.regua.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How the back-office writes money, dates, documents and phones; templates call it as {@code @formats}. */
@Component("formats")
class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** BRL from centavos: {@code 15990} → {@code R$ 159,90}, with a plain space (not NBSP). */
    public String money(Long centavos) {
        return centavos == null ? "" : br.com.regua.shared.Brl.format(centavos);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone == null ? ZoneId.of("UTC") : zone));
    }

    /** A normalised CPF (11 digits) or CNPJ (14 characters) with its punctuation. */
    public String document(String document) {
        if (document == null) return "";
        if (document.length() == 11) {
            return document.replaceFirst("(.{3})(.{3})(.{3})(.{2})", "$1.$2.$3-$4");
        }
        if (document.length() == 14) {
            return document.replaceFirst("(.{2})(.{3})(.{3})(.{4})(.{2})", "$1.$2.$3/$4-$5");
        }
        return document;
    }

    /** A Brazilian E.164 mobile number as people write it: {@code +5511987654321} → {@code (11) 98765-4321}. */
    public String phone(String e164) {
        if (e164 == null) return "";
        if (e164.matches("\\+55\\d{10,11}")) {
            String national = e164.substring(3);
            int split = national.length() - 4;
            return "(" + national.substring(0, 2) + ") " + national.substring(2, split) + "-"
                    + national.substring(split);
        }
        return e164;
    }
}
