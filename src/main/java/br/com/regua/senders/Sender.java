package br.com.regua.senders;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.UUID;

/** A configured sender; its password is never shown back, only whether there is one. */
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
        Instant createdAt) {}
