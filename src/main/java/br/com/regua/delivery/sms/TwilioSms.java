package br.com.regua.delivery.sms;

import br.com.regua.delivery.ChannelSender;
import br.com.regua.delivery.OutgoingMessage;
import br.com.regua.delivery.SendOutcome;
import br.com.regua.delivery.http.ProviderHttp;
import br.com.regua.senders.Provider;
import br.com.regua.senders.ProviderSettings;
import br.com.regua.senders.Senders;
import br.com.regua.shared.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * SMS through Twilio's Messages API: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json},
 * form-encoded {@code To}, {@code From} (or {@code MessagingServiceSid}) and {@code Body}, HTTP
 * Basic auth with the Account SID and the Auth Token. See {@link TwilioAnswers} for what each
 * answer means.
 */
@Component
@EnableConfigurationProperties(TwilioProperties.class)
public class TwilioSms implements ChannelSender {

    private final Senders senders;
    private final RestClient http;

    TwilioSms(Senders senders, RestClient.Builder builder, TwilioProperties properties) {
        this.senders = senders;
        this.http = ProviderHttp.client(
                builder, properties.baseUrl(), properties.connectTimeout(), properties.readTimeout());
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String provider() {
        return Provider.TWILIO.name();
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        ProviderSettings sender = senders.providerSettings(message.accountId(), message.senderId())
                .orElse(null);
        if (sender == null || sender.provider() != Provider.TWILIO) {
            return new SendOutcome.TransientFailure("Régua: remetente " + message.senderId() + " não é Twilio");
        }
        if (message.text() == null || message.text().isBlank()) {
            return new SendOutcome.TransientFailure("Régua: SMS sem texto");
        }
        String accountSid = sender.setting("accountSid");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", message.address());
        if (sender.setting("messagingServiceSid") != null) {
            form.put("MessagingServiceSid", sender.setting("messagingServiceSid"));
        } else {
            form.put("From", sender.setting("from"));
        }
        form.put("Body", message.text());
        return ProviderHttp.call(
                http.post()
                        .uri("/2010-04-01/Accounts/{sid}/Messages.json", accountSid)
                        .headers(headers -> headers.setBasicAuth(accountSid, sender.token(), StandardCharsets.UTF_8))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .accept(MediaType.APPLICATION_JSON)
                        .body(encode(form).getBytes(StandardCharsets.US_ASCII)),
                TwilioAnswers::outcome);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
