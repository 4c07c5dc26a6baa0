package br.com.regua.delivery.whatsapp;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the WhatsApp Cloud API is ({@code regua.providers.whatsapp.*}); tests point it at a stub server. */
@ConfigurationProperties("regua.providers.whatsapp")
record WhatsAppProperties(
        @DefaultValue("https://graph.facebook.com") URI baseUrl,
        @DefaultValue("v21.0") String apiVersion,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("20s") Duration readTimeout) {}
