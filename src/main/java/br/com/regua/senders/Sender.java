package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A configured sender. Its secret (SMTP password or provider token) is never shown back:
 * {@code hasPassword} only says whether there is one.
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
        Map<String, String> settings) {}
