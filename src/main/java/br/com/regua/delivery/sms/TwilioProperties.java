package br.com.regua.delivery.sms;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where Twilio's API is ({@code regua.providers.twilio.*}); tests point it at a stub server. */
@ConfigurationProperties("regua.providers.twilio")
record TwilioProperties(
        @DefaultValue("https://api.twilio.com") URI baseUrl,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {}
