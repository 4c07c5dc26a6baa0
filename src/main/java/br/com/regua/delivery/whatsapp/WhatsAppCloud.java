package br.com.regua.delivery.whatsapp;

import br.com.regua.delivery.ChannelSender;
import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp;
import br.com.regua.senders.Provider;
import br.com.regua.senders.ProviderSettings;
import br.com.regua.senders.Senders;
import br.com.regua.shared.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * WhatsApp through Meta's Cloud API: {@code POST /{version}/{phone-number-id}/messages} with the
 * sender's bearer token. Business-initiated messages must use an approved template, so only
 * {@link OutgoingMessage#templateName()} and its ordered parameters are sent (as the body's text
 * parameters), never free text. See {@link WhatsAppAnswers} for what each answer means.
 */
@Component
@EnableConfigurationProperties(WhatsAppProperties.class)
public class WhatsAppCloud implements ChannelSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEFAULT_LANGUAGE = "pt_BR";

    private final Senders senders;
    private final RestClient http;
    private final String apiVersion;

    WhatsAppCloud(Senders senders, RestClient.Builder builder, WhatsAppProperties properties) {
        this.senders = senders;
        this.http = ProviderHttp.client(
                builder, properties.baseUrl(), properties.connectTimeout(), properties.readTimeout());
        this.apiVersion = properties.apiVersion();
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public String provider() {
        return Provider.WHATSAPP_CLOUD.name();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        ProviderSettings sender = senders.providerSettings(message.accountId(), message.senderId())
                .orElse(null);
        if (sender == null || sender.provider() != Provider.WHATSAPP_CLOUD) {
            return new SendOutcome.TransientFailure(
                    "Régua: remetente " + message.senderId() + " não é WhatsApp Cloud API");
        }
        if (message.templateName() == null || message.templateName().isBlank()) {
            return new SendOutcome.TransientFailure("Régua: WhatsApp só envia modelos aprovados; mensagem sem modelo");
        }
        String language = sender.setting("languageCode") != null ? sender.setting("languageCode") : DEFAULT_LANGUAGE;
        return ProviderHttp.call(
                http.post()
                        .uri("/{version}/{phoneNumberId}/messages", apiVersion, sender.setting("phoneNumberId"))
                        .headers(headers -> headers.setBearerAuth(sender.token()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(JSON.writeValueAsBytes(templateMessage(message, language))),
                WhatsAppAnswers::outcome);
    }

    static Map<String, Object> templateMessage(OutgoingMessage message, String language) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", message.templateName());
        template.put("language", Map.of("code", language));
        List<String> parameters = message.templateParameters() == null ? List.of() : message.templateParameters();
        if (!parameters.isEmpty()) {
            template.put(
                    "components",
                    List.of(Map.of(
                            "type",
                            "body",
                            "parameters",
                            parameters.stream()
                                    .map(text -> Map.of("type", "text", "text", text == null ? "" : text))
                                    .toList())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.address());
        body.put("type", "template");
        body.put("template", template);
        return body;
    }
}
