package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A configured sender. Its secrets (SMTP password or provider token, DKIM private key) are never
 * shown back: {@code hasPassword} only says whether there is one, {@code dkim} shows the signing
 * domain, the selector and the DNS record of the public key. {@code pausedReason}: the server's
 * answer that made the dispatcher switch it off (its from-address, credentials or relaying
 * refused), until the merchant switches it on again.
 */
public record Sender(
        UUID id,
        Channel channel,
        String name,
        boolean active,
        String host,
        Integer port,
        SmtpSecurity security,
        String username,
        boolean hasPassword,
        String fromAddress,
        String fromName,
        Instant createdAt,
        Provider provider,
        Map<String, String> settings,
        SenderDkim dkim,
        String pausedReason) {}
