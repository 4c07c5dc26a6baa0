package br.com.regua.senders;

import br.com.regua.shared.InvalidFieldException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The settings each provider takes, and whether it needs a token: checked when a sender is
 * created, so a sender that exists can always be used (or fails at the provider, not here).
 */
final class ProviderFields {

    private record Field(String name, Pattern pattern, String hint) {}

    private static final Field ACCOUNT_SID =
            new Field("accountSid", Pattern.compile("AC[0-9a-fA-F]{32}"), "AC seguido de 32 dígitos hexadecimais");
    private static final Field FROM = new Field(
            "from",
            Pattern.compile("\\+[1-9][0-9]{6,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}"),
            "número E.164 (+5511...) ou remetente alfanumérico de até 11 caracteres");
    private static final Field MESSAGING_SERVICE_SID = new Field(
            "messagingServiceSid", Pattern.compile("MG[0-9a-fA-F]{32}"), "MG seguido de 32 dígitos hexadecimais");
    private static final Field PHONE_NUMBER_ID =
            new Field("phoneNumberId", Pattern.compile("[0-9]{1,30}"), "o id numérico do número no WhatsApp Manager");
    private static final Field LANGUAGE_CODE = new Field(
            "languageCode", Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?"), "código de idioma do modelo, ex.: pt_BR");

    private ProviderFields() {}

    static void check(Provider provider, Map<String, String> settings, String token) {
        List<Field> accepted = accepted(provider);
        for (var entry : settings.entrySet()) {
            Field field = accepted.stream()
                    .filter(f -> f.name().equals(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidFieldException(
                            "settings." + entry.getKey(),
                            accepted.isEmpty()
                                    ? "o provedor " + provider + " não tem configurações"
                                    : "desconhecido; aceitos: "
                                            + String.join(
                                                    ", ",
                                                    accepted.stream()
                                                            .map(Field::name)
                                                            .toList())));
            String value = entry.getValue();
            if (value == null || !field.pattern().matcher(value).matches()) {
                throw new InvalidFieldException("settings." + field.name(), "inválido; esperado " + field.hint());
            }
        }
        switch (provider) {
            case TWILIO -> {
                require(settings, ACCOUNT_SID);
                if (!settings.containsKey(FROM.name()) && !settings.containsKey(MESSAGING_SERVICE_SID.name())) {
                    throw new InvalidFieldException("settings.from", "obrigatório (ou settings.messagingServiceSid)");
                }
            }
            case WHATSAPP_CLOUD -> require(settings, PHONE_NUMBER_ID);
            case SMTP, OUTBOX, CATCHER -> {}
        }
        boolean needsToken = provider == Provider.TWILIO || provider == Provider.WHATSAPP_CLOUD;
        if (needsToken && (token == null || token.isBlank())) {
            throw new InvalidFieldException("token", "obrigatório para o provedor " + provider);
        }
        if (!needsToken && token != null) {
            throw new InvalidFieldException(
                    "token",
                    provider == Provider.SMTP
                            ? "não se aplica a SMTP; use password"
                            : "não se aplica ao provedor " + provider);
        }
    }

    private static List<Field> accepted(Provider provider) {
        return switch (provider) {
            case TWILIO -> List.of(ACCOUNT_SID, FROM, MESSAGING_SERVICE_SID);
            case WHATSAPP_CLOUD -> List.of(PHONE_NUMBER_ID, LANGUAGE_CODE);
            case SMTP, OUTBOX, CATCHER -> List.of();
        };
    }

    private static void require(Map<String, String> settings, Field field) {
        if (!settings.containsKey(field.name()))
            throw new InvalidFieldException("settings." + field.name(), "obrigatório");
    }
}
