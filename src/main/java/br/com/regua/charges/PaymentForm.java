package br.com.regua.charges;

import java.math.BigDecimal;
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

    /**
     * An unchecked checkbox sends nothing, so the form also sends {@code _notifyCustomer}: with it
     * the answer is yes or no; without it (an older page, another client) the account's default.
     */
    static Boolean checkbox(String value, String shown) {
        if (shown == null) return null;
        return value != null && !value.isBlank() && !value.equalsIgnoreCase("false");
    }

    static PaymentData parse(String paidAt, String amount, Boolean notifyCustomer) {
        return new PaymentData(date(paidAt), centavos(amount), notifyCustomer);
    }

    /** {@code 15990} → {@code 159,90}: what the amount field shows before the merchant edits it. */
    static String typed(long centavos) {
        return BigDecimal.valueOf(centavos, 2).toPlainString().replace('.', ',');
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
        if (raw == null || raw.isBlank()) return null;
        String s = raw.replace("R$", "").replace("\u00a0", "").replace(" ", "").trim();
        if (s.contains(",")) s = s.replace(".", "").replace(',', '.');
        try {
            BigDecimal reais = new BigDecimal(s);
            if (reais.scale() > 2) throw new Invalid("amount", "o valor pago tem no máximo dois decimais (centavos)");
            long centavos = reais.movePointRight(2).longValueExact();
            if (centavos <= 0) throw new Invalid("amount", "o valor pago deve ser maior que zero");
            if (centavos > ChargeData.MAX_AMOUNT)
                throw new Invalid("amount", "o valor pago é maior que o de um boleto");
            return centavos;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid("amount", "informe o valor pago em reais, por exemplo 159,90");
        }
    }
}
