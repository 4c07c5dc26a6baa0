package br.com.regua.delivery;

import br.com.regua.shared.Channel;
import br.com.regua.templates.TemplateRenderingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * the outcome — held back while its sender is over a rate limit; sent; retried with backoff on a
 * transient failure and FAILED after the last try; BOUNCED with the address suppressed on a
 * permanent rejection.
 *
 * <p>Outcomes are written together, in one statement at the end of the batch — or sooner, once
 * {@link #RECORD_AFTER} has passed since the last write, so that a slow server never keeps sent
 * messages unrecorded for long (that write also renews the claim on the rest of the batch). Until
 * then their notifications stay SENDING: a crash leaves them to be requeued
 * ({@link DeliveryMaintenance}), never lost; as before, a message that left just before a crash
 * may go again, with the same Message-ID.
 */
@Service
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** The longest a batch holds outcomes before writing them. */
    static final Duration RECORD_AFTER = Duration.ofSeconds(1);

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
        if (batch.isEmpty()) return 0;
        MessageFactory.Batch built = messages.batch(batch);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        long recorded = System.nanoTime();
        for (int i = 0; i < batch.size(); i++) {
            Claimed claimed = batch.get(i);
            try {
                outcomes.add(handle(claimed, built));
            } catch (TemplateRenderingException e) {
                // The layout cannot be rendered for this notice's values: another try renders the same.
                outcomes.add(Outcome.failed(claimed, clock.instant(), e.getMessage()));
            } catch (RuntimeException e) {
                // A bug or an unreadable row must not stop the batch nor lose the notification.
                log.error("Dispatch of notification {} failed", claimed.id(), e);
                outcomes.add(
                        retryOrFail(claimed, "erro interno: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
            if (System.nanoTime() - recorded > RECORD_AFTER.toNanos()) {
                outbound.record(outcomes, batch.subList(i + 1, batch.size()), clock.instant());
                outcomes.clear();
                recorded = System.nanoTime();
            }
        }
        outbound.record(outcomes, List.of(), clock.instant());
        return batch.size();
    }

    /** Dispatches until nothing is due; for tests and the "send now" of a routine. */
    public int dispatchAll() {
        int total = 0;
        int n;
        while ((n = dispatchBatch(100)) > 0) total += n;
        return total;
    }

    private Outcome handle(Claimed claimed, MessageFactory.Batch batch) {
        MessageFactory.Built built = batch.build(claimed);
        if (built instanceof MessageFactory.Dropped dropped) {
            return Outcome.dropped(claimed, clock.instant(), dropped.status(), dropped.reason());
        }
        if (built instanceof MessageFactory.NoSender noSender) {
            return retryOrFail(claimed, noSender.reason());
        }
        return deliver(claimed, (MessageFactory.Ready) built, batch);
    }

    /** Sends one ready message through its channel's sender and says what became of it. */
    private Outcome deliver(Claimed claimed, MessageFactory.Ready ready, MessageFactory.Batch batch) {
        ChannelSender sender = senders.get(key(claimed.channel(), ready.provider()));
        if (sender == null) {
            return retryOrFail(claimed, "nenhum envio disponível para " + claimed.channel() + "/" + ready.provider());
        }
        var deferral = rates.take(claimed, ready.message(), claimed.urgent());
        if (deferral.isPresent()) {
            return Outcome.deferred(
                    claimed,
                    clock.instant(),
                    deferral.get().reason(),
                    deferral.get().until());
        }
        SendOutcome outcome = sender.send(ready.sender(), ready.message());
        if (outcome instanceof SendOutcome.Accepted accepted) {
            return Outcome.sent(claimed, clock.instant(), accepted.response(), accepted.providerMessageId());
        }
        if (outcome instanceof SendOutcome.PermanentFailure failure) {
            // Suppressed at once, not with the batch: other workers must stop sending to it now.
            suppressions.suppress(
                    claimed.accountId(),
                    claimed.channel(),
                    claimed.address(),
                    Suppressions.Reason.HARD_BOUNCE,
                    failure.response());
            batch.suppressed(claimed.channel(), claimed.address());
            return Outcome.bounced(claimed, clock.instant(), failure.response());
        }
        return retryOrFail(claimed, outcome.response());
    }

    private Outcome retryOrFail(Claimed claimed, String response) {
        Instant now = clock.instant();
        var wait = Backoff.after(claimed.attempts());
        return wait.isPresent()
                ? Outcome.retry(claimed, now, response, now.plus(wait.get()))
                : Outcome.failed(claimed, now, response);
    }

    private static String key(Channel channel, String provider) {
        return channel + "/" + provider;
    }
}
