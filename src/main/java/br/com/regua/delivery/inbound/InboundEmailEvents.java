package br.com.regua.delivery.inbound;

import br.com.regua.delivery.EmailUndeliverable;
import br.com.regua.delivery.Suppressions;
import br.com.regua.delivery.UndeliverableAddresses;
import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns a provider's bounce and complaint events into suppressions of the account's e-mail
 * addresses. The suppression list keeps one row per address, so an event delivered twice (as
 * providers do on retries) suppresses once.
 */
@Service
class InboundEmailEvents {

    /** How many events came, how many addresses they newly suppressed, how many changed nothing. */
    record Receipt(int received, int suppressed, int ignored) {}

    /** The SNS subscription was confirmed. */
    record Subscription(boolean subscriptionConfirmed) {}

    private final Suppressions suppressions;
    private final SesSubscriptions subscriptions;
    private final UndeliverableAddresses undeliverable;

    InboundEmailEvents(
            Suppressions suppressions, SesSubscriptions subscriptions, UndeliverableAddresses undeliverable) {
        this.suppressions = suppressions;
        this.subscriptions = subscriptions;
        this.undeliverable = undeliverable;
    }

    Object receive(UUID accountId, EmailEventProvider provider, String body) {
        return switch (provider) {
            case SENDGRID -> {
                var parsed = SendGridEvents.parse(body);
                yield suppress(
                        accountId,
                        parsed.received(),
                        parsed.received() - parsed.suppressing().size(),
                        parsed.suppressing());
            }
            case SES -> {
                var parsed = SesNotifications.parse(body);
                if (parsed instanceof SesNotifications.SubscriptionConfirmation confirmation) {
                    yield confirm(confirmation.subscribeUrl());
                }
                var events = (SesNotifications.Events) parsed;
                yield suppress(accountId, 1, events.suppressing().isEmpty() ? 1 : 0, events.suppressing());
            }
        };
    }

    private Receipt suppress(UUID accountId, int received, int ignored, List<AddressEvent> events) {
        int suppressed = 0;
        for (AddressEvent event : events) {
            if (suppressions.suppress(accountId, Channel.EMAIL, event.address(), event.reason(), event.detail())) {
                suppressed++;
            }
            // After the suppression is written: the open charges e-mailed to the address are told (seed 001).
            EmailUndeliverable.Cause cause = switch (event.reason()) {
                case COMPLAINT -> EmailUndeliverable.Cause.COMPLAINT;
                case HARD_BOUNCE -> EmailUndeliverable.Cause.UNKNOWN_ADDRESS;
                case UNSUBSCRIBE -> EmailUndeliverable.Cause.UNSUBSCRIBED;
                case MANUAL -> null;
            };
            if (cause != null) undeliverable.tell(accountId, event.address(), event.messageId(), cause, event.detail());
        }
        return new Receipt(received, suppressed, ignored);
    }

    private Subscription confirm(String subscribeUrl) {
        if (!subscriptions.isSnsUrl(subscribeUrl)) {
            throw new InvalidFieldException("SubscribeURL", "não é um endereço do Amazon SNS");
        }
        if (!subscriptions.confirm(subscribeUrl)) {
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "O Amazon SNS não confirmou a inscrição");
        }
        return new Subscription(true);
    }
}
