package br.com.regua.subscriptions;

import br.com.regua.shared.Reais;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The back-office's subscription form as typed: every field a string, so that what the merchant
 * typed comes back beside its error. {@code end} is which end was chosen: {@link #NO_END}, {@link
 * #END_DATE} or {@link #MAX_CHARGES}; the value of an end not chosen is ignored.
 */
record SubscriptionForm(
        String customerId,
        String serviceId,
        String paymentMethodId,
        String amount,
        String description,
        String cycle,
        String firstDueDate,
        String generateDaysBefore,
        String end,
        String endDate,
        String maxCharges) {

    static final String NO_END = "none";
    static final String END_DATE = "date";
    static final String MAX_CHARGES = "count";

    private static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The words of the facade's messages that name API fields, as a merchant reads them. */
    private static final Map<String, String> FIELD_WORDS = Map.of(
            "a firstDueDate", "ao primeiro vencimento",
            "endDate ou maxCharges", "uma data de término ou um número de cobranças",
            "firstDueDate", "primeiro vencimento",
            "endDate", "data de término",
            "maxCharges", "número de cobranças");

    static SubscriptionForm blank(String customerId) {
        return new SubscriptionForm(
                customerId,
                "",
                "",
                "",
                "",
                Cycle.MONTHLY.name(),
                "",
                Integer.toString(SubscriptionData.DEFAULT_DAYS_BEFORE),
                NO_END,
                "",
                "");
    }

    /** What the edit form shows before the merchant changes anything. */
    static SubscriptionForm of(Subscription s) {
        return new SubscriptionForm(
                s.customerId().toString(),
                s.serviceId() == null ? "" : s.serviceId().toString(),
                s.paymentMethodId().toString(),
                Reais.typed(s.amount()),
                s.description() == null ? "" : s.description(),
                s.cycle().name(),
                s.firstDueDate().toString(),
                Integer.toString(s.generateDaysBefore()),
                s.endDate() != null ? END_DATE : s.maxCharges() != null ? MAX_CHARGES : NO_END,
                s.endDate() == null ? "" : s.endDate().toString(),
                s.maxCharges() == null ? "" : s.maxCharges().toString());
    }

    /** A new subscription; each field that cannot be read is rejected in {@code errors}. */
    SubscriptionData data(Errors errors) {
        return new SubscriptionData(
                blankToNull(customerId),
                blankToNull(serviceId),
                blankToNull(paymentMethodId),
                centavos(errors),
                description,
                cycle(errors),
                date("firstDueDate", firstDueDate, "informe o primeiro vencimento", errors),
                daysBefore(errors),
                chosen(END_DATE) ? date("endDate", endDate, "informe a data de término", errors) : null,
                chosen(MAX_CHARGES) ? count(errors) : null);
    }

    /**
     * The edit form's changes (amount, description, payment method, generation days, end); the end
     * is always sent as chosen, so that "sem término" clears it.
     */
    SubscriptionChanges changes(Errors errors) {
        return new SubscriptionChanges(
                null,
                null,
                blankToNull(paymentMethodId),
                centavos(errors),
                description == null ? "" : description,
                null,
                null,
                daysBefore(errors),
                chosen(END_DATE) ? date("endDate", endDate, "informe a data de término", errors) : null,
                chosen(MAX_CHARGES) ? count(errors) : null);
    }

    /** A message of the facade as the form shows it beside its field. */
    static String readable(String message) {
        String readable = message;
        for (String word : FIELD_WORDS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .toList()) {
            readable = readable.replace(word, FIELD_WORDS.get(word));
        }
        return readable;
    }

    private boolean chosen(String which) {
        return which.equals(end);
    }

    private Long centavos(Errors errors) {
        try {
            Long centavos = Reais.centavos(amount);
            return centavos != null ? centavos : reject(errors, "amount", "informe o valor em reais");
        } catch (Reais.NotAnAmount e) {
            String message = e.getMessage();
            return reject(errors, "amount", message.startsWith("informe") ? message : "o valor " + message);
        }
    }

    private Cycle cycle(Errors errors) {
        return Arrays.stream(Cycle.values())
                .filter(c -> c.name().equals(cycle))
                .findFirst()
                .orElseGet(() -> reject(errors, "cycle", "escolha a periodicidade"));
    }

    private Integer daysBefore(Errors errors) {
        if (generateDaysBefore == null || generateDaysBefore.isBlank()) return null;
        try {
            int days = Integer.parseInt(generateDaysBefore.trim());
            if (days < 0 || days > SubscriptionData.MAX_DAYS_BEFORE) {
                return reject(
                        errors, "generateDaysBefore", "deve ser de 0 a " + SubscriptionData.MAX_DAYS_BEFORE + " dias");
            }
            return days;
        } catch (NumberFormatException e) {
            return reject(errors, "generateDaysBefore", "informe um número de dias, por exemplo 10");
        }
    }

    private Integer count(Errors errors) {
        if (maxCharges == null || maxCharges.isBlank()) {
            return reject(errors, "maxCharges", "informe quantas cobranças o agendamento terá");
        }
        try {
            int count = Integer.parseInt(maxCharges.trim());
            if (count < 1 || count > SubscriptionData.MAX_CHARGES) {
                return reject(errors, "maxCharges", "deve ser de 1 a " + SubscriptionData.MAX_CHARGES + " cobranças");
            }
            return count;
        } catch (NumberFormatException e) {
            return reject(errors, "maxCharges", "informe um número de cobranças, por exemplo 12");
        }
    }

    /** A date input sends ISO-8601; a browser without one lets the merchant type dd/mm/aaaa. */
    private static LocalDate date(String field, String raw, String missing, Errors errors) {
        if (raw == null || raw.isBlank()) return reject(errors, field, missing);
        String s = raw.trim();
        try {
            return s.contains("/") ? LocalDate.parse(s, TYPED_DATE) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return reject(errors, field, "data inválida (dd/mm/aaaa)");
        }
    }

    private static <T> T reject(Errors errors, String field, String message) {
        errors.rejectValue(field, "invalid", message);
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
