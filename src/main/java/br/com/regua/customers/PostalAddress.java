package br.com.regua.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer's postal address, for boletos sent by post ("Enviar boletos gerados via Correios",
 * seed 003): required when that is on. The CEP is 8 digits (stored as "01310-100"), the UF one of
 * the 27 federative units.
 */
public record PostalAddress(
        @NotBlank @Pattern(regexp = "\\s*\\d{5}-?\\d{3}\\s*", message = "CEP inválido: use 8 dígitos, como 01310-100")
        String cep,

        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 20) String number,
        @Size(max = 100) String complement,
        @NotBlank @Size(max = 100) String district,
        @NotBlank @Size(max = 100) String city,

        @NotBlank
        @Pattern(
                regexp =
                        "(?i)\\s*(AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)\\s*",
                message = "UF inválida: use a sigla do estado, como SP")
        String state) {

    /** The same address as stored: CEP with its hyphen, UF in capitals, blanks trimmed. */
    PostalAddress normalised() {
        String digits = cep.replaceAll("\\D", "");
        return new PostalAddress(
                digits.substring(0, 5) + "-" + digits.substring(5),
                street.trim(),
                number.trim(),
                complement == null || complement.isBlank() ? null : complement.trim(),
                district.trim(),
                city.trim(),
                state.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
