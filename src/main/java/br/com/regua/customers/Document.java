package br.com.regua.customers;

import br.com.caelum.stella.validation.CNPJValidator;
import br.com.caelum.stella.validation.CPFValidator;
import java.util.Optional;

/**
 * A CPF (11 digits) or CNPJ (14 characters; since July 2026 the first 12 may be letters), kept
 * normalised: no punctuation, upper case, check digits verified.
 */
public record Document(String value, Type type) {

    public enum Type {
        CPF,
        CNPJ
    }

    private static final CPFValidator CPF = new CPFValidator(false);
    private static final CNPJValidator CNPJ = new CNPJValidator(false);

    public static Optional<Document> parse(String raw) {
        if (raw == null) return Optional.empty();
        String normalised = raw.replaceAll("[\\s./-]", "").toUpperCase(java.util.Locale.ROOT);
        if (normalised.length() == 11 && normalised.chars().allMatch(Character::isDigit)) {
            return CPF.invalidMessagesFor(normalised).isEmpty()
                    ? Optional.of(new Document(normalised, Type.CPF))
                    : Optional.empty();
        }
        if (normalised.length() == 14 && normalised.matches("[0-9A-Z]{12}[0-9]{2}")) {
            return CNPJ.invalidMessagesFor(normalised).isEmpty()
                    ? Optional.of(new Document(normalised, Type.CNPJ))
                    : Optional.empty();
        }
        return Optional.empty();
    }
}
