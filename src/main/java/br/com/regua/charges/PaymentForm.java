package br.com.regua.charges;

import br.com.regua.shared.Reais;
import br.com.regua.web.NoticeCheckbox;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The back-office's "Marcar como paga" form, as typed: a date, an amount in reais, a checkbox. */
final class PaymentForm {

    /** A mistyped field: its name and what is wrong, in pt-BR. */
    static final class Invalid extends RuntimeException {
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        String getField() {
            return field;
        }
    }

    private PaymentForm() {}

    /** Seed 000's "enviar e-mail" checkbox: see {@link NoticeCheckbox#answer}. */
    static Boolean checkbox(String value, String shown) {
        return NoticeCheckbox.answer(value, shown);
    }

    static PaymentData parse(String paidAt, String amount, Boolean notifyCustomer) {
        return new PaymentData(date(paidAt), centavos(amount), notifyCustomer);
    }

    /** {@code 15990} → {@code 159,90}: what the amount field shows before the merchant edits it. */
    static String typed(long centavos) {
        return Reais.typed(centavos);
    }

    private static LocalDate date(String raw) {
        if (raw == null || raw.isBlank()) return null;
        try {
            LocalDate date = LocalDate.parse(raw.trim());
            if (date.getYear() < 2000 || date.getYear() > 2099) {
                throw new Invalid("paidAt", "a data do pagamento deve estar entre 2000 e 2099");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new Invalid("paidAt", "informe a data do pagamento (dd/mm/aaaa)");
        }
    }

    /** "159,90", "1.234,56", "R$ 159,90" or "159.90" → centavos. */
    private static Long centavos(String raw) {
        try {
            return Reais.centavos(raw);
        } catch (Reais.NotAnAmount e) {
            String message = e.getMessage();
            throw new Invalid(
                    "amount",
                    message.startsWith("informe")
                            ? "informe o valor pago em reais, por exemplo 159,90"
                            : "o valor pago " + message);
        }
    }
}
