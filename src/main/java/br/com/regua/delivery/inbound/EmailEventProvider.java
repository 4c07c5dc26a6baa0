package br.com.regua.delivery.inbound;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** E-mail providers whose bounce and complaint events Régua understands. */
enum EmailEventProvider {
    /** Twilio SendGrid's Event Webhook. */
    SENDGRID,
    /** Amazon SES notifications through an SNS topic subscribed over HTTPS. */
    SES;

    /** The provider's segment in the webhook's path. */
    String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<EmailEventProvider> fromPath(String path) {
        return Arrays.stream(values()).filter(p -> p.path().equals(path)).findFirst();
    }
}
