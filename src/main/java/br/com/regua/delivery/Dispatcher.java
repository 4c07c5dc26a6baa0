package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds: claims a batch, checks once more that each message may still go
 * (a charge paid at 08:05 gets no 08:10 overdue notice), sends it through its channel and records
 * the outcome — held back while its sender is over a rate limit; sent; retried with backoff on a transient failure and FAILED after the last try;
 * BOUNCED with the address suppressed on a permanent rejection.
 */
@Service
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbound outbound;
    private final MessageFactory messages;
    private final Map<String, ChannelSender> senders;
    private final Suppressions suppressions;
    private final SendRates rates;
    private final Clock clock;

    Dispatcher(
            Outbound outbound,
            MessageFactory messages,
            List<ChannelSender> senders,
            Suppressions suppressions,
            SendRates rates,
            Clock clock) {
        this.outbound = outbound;
        this.messages = messages;
        this.senders =
                senders.stream().collect(Collectors.toMap(s -> key(s.channel(), s.provider()), Function.identity()));
        this.suppressions = suppressions;
        this.rates = rates;
        this.clock = clock;
    }

    /** Claims and sends one batch; returns how many notifications it handled (0: nothing due). */
    public int dispatchBatch(int limit) {
        List<Claimed> batch = outbound.claim(clock.instant(), limit);
        for (Claimed claimed : batch) {
            try {
                deliver(claimed);
            } catch (RuntimeException e) {
                // A bug or an unreadable row must not stop the batch nor lose the notification.
                log.error("Dispatch of notification {} failed", claimed.id(), e);
                retryOrFail(claimed, "erro interno: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return batch.size();
    }

    /** Dispatches until nothing is due; for tests and the "send now" of a routine. */
    public int dispatchAll() {
        int total = 0;
        int n;
        while ((n = dispatchBatch(100)) > 0) total += n;
        return total;
    }

    private void deliver(Claimed claimed) {
        MessageFactory.Built built = messages.build(claimed);
        if (built instanceof MessageFactory.Dropped dropped) {
            outbound.dropped(claimed, dropped.status(), dropped.reason());
            return;
        }
        if (built instanceof MessageFactory.NoSender noSender) {
            retryOrFail(claimed, noSender.reason());
            return;
        }
        MessageFactory.Ready ready = (MessageFactory.Ready) built;
        ChannelSender sender = senders.get(key(claimed.channel(), ready.provider()));
        if (sender == null) {
            retryOrFail(claimed, "nenhum envio disponível para " + claimed.channel() + "/" + ready.provider());
            return;
        }
        var deferral = rates.take(claimed, ready.message(), claimed.urgent());
        if (deferral.isPresent()) {
            outbound.deferred(claimed, deferral.get().reason(), deferral.get().until());
            return;
        }
        SendOutcome outcome = sender.send(ready.message());
        if (outcome instanceof SendOutcome.Accepted accepted) {
            outbound.sent(claimed, accepted.response(), accepted.providerMessageId());
        } else if (outcome instanceof SendOutcome.PermanentFailure failure) {
            outbound.bounced(claimed, failure.response());
            suppressions.suppress(
                    claimed.accountId(),
                    claimed.channel(),
                    claimed.address(),
                    Suppressions.Reason.HARD_BOUNCE,
                    failure.response());
        } else {
            retryOrFail(claimed, outcome.response());
        }
    }

    private void retryOrFail(Claimed claimed, String response) {
        var wait = Backoff.after(claimed.attempts());
        if (wait.isPresent()) {
            Instant next = clock.instant().plus(wait.get());
            outbound.retry(claimed, response, next);
        } else {
            outbound.failed(claimed, response);
        }
    }

    private static String key(Channel channel, String provider) {
        return channel + "/" + provider;
    }
}
