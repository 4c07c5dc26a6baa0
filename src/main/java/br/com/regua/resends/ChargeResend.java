package br.com.regua.resends;

import br.com.regua.customers.NotificationGroup;
import br.com.regua.notifications.NotificationStatus;
import br.com.regua.shared.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A manual resend of a charge: the group and channels it resent, the notifications it queued,
 * and how many resends each channel has left on the charge after it.
 */
public record ChargeResend(
        UUID id,
        UUID chargeId,
        ResendStatus status,
        NotificationGroup group,
        List<Channel> channels,
        List<Queued> notifications,
        Map<Channel, Integer> remaining,
        List<String> notes,
        Instant createdAt) {

    /** One notification the resend queued. */
    public record Queued(UUID id, Channel channel, String address, NotificationStatus status) {}
}
