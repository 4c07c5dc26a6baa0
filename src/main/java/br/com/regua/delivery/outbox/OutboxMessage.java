package br.com.regua.delivery.outbox;

import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An SMS or WhatsApp message the outbox provider kept instead of sending. */
public record OutboxMessage(
        UUID id,
        UUID notificationId,
        UUID senderId,
        Channel channel,
        String address,
        String text,
        String templateName,
        List<String> templateParameters,
        Instant createdAt) {}
