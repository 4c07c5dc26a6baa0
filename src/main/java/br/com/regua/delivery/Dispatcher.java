package br.com.regua.delivery;

import br.com.regua.senders.SenderPauses;
import br.com.regua.shared.Channel;
import br.com.regua.templates.TemplateRenderingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Sends what the outbox holds: claims a batch for this instance, checks once more that each
 * message may still go (a charge paid at 08:05 gets no 08:10 overdue notice), sends it through its
 * channel and records the outcome — held back while its sender is over a rate limit; waiting,
 * without spending a try, while its channel has no active sender; sent; retried with backoff on a
 * transient failure and FAILED after the last try; BOUNCED with the address suppressed when the
 * recipient is refused; FAILED without suppressing anyone when the refusal is the sender's or the
 * message's, the sender paused when it is clearly the sender's fault.
 *
 * <p>Each outcome is written within milliseconds of the answer ({@link OutcomeRecorder}), and the
 * next message of the batch does not leave before the previous outcome has committed: a crash
 * finds at most one message per worker sent and not recorded, which goes again with the same
 * Message-ID when the crashed instance's claims are taken back ({@link DispatchInstance}).
 */
@Service
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    /** How long a notice whose channel has no active sender waits before looking again. */
    static final Duration WAIT_FOR_SENDER = Duration.ofMinutes(2);

    private final Outbound outbound;
    private final MessageFactory messages;
    private final Map<String, ChannelSender> senders;
    private final Suppressions suppressions;
    private final SendRates rates;
    private final SenderPauses pauses;
    private final DispatchInstance instance;
    private final OutcomeRecorder recorder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dispatcher(
            Outbound outbound,
            MessageFactory messages,
            List<ChannelSender> senders,
            Suppressions suppressions,
            SendRates rates,
            SenderPauses pauses,
            DispatchInstance instance,
            OutcomeRecorder recorder,
            ApplicationEventPublisher events,
            Clock clock) {
        this.outbound = outbound;
        this.messages = messages;
        this.senders =
                senders.stream().collect(Collectors.toMap(s -> key(s.channel(), s.provider()), Function.identity()));
        this.suppressions = suppressions;
        this.rates = rates;
        this.pauses = pauses;
        this.instance = instance;
        this.recorder = recorder;
        this.events = events;
        this.clock = clock;
    }

    /** Claims and sends one batch of any account; returns how many notifications it handled. */
    public int dispatchBatch(int limit) {
        return dispatchBatch(limit, null, () -> true);
    }

    /** Claims and sends one batch of one account (all accounts when null). */
    public int dispatchBatch(int limit, UUID account) {
        return dispatchBatch(limit, account, () -> true);
    }

    /**
     * Claims and sends one batch; {@code keepGoing} is asked before each message, and what the
     * batch has not started when it says no goes back to the queue with its try.
     */
    int dispatchBatch(int limit, UUID account, BooleanSupplier keepGoing) {
        List<Claimed> batch = outbound.claim(instance.id(), clock.instant(), limit, account);
        if (batch.isEmpty()) return 0;
        batch.forEach(c -> instance.inFlight().add(c.id()));
        MessageFactory.Batch built = messages.batch(batch);
        Set<UUID> pausedHere = new HashSet<>();
        CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
        Map<UUID, EmailUndeliverable> undeliverable = new HashMap<>();
        List<Recorded> toPublish = new ArrayList<>();
        int handled = 0;
        try {
            for (; handled < batch.size() && keepGoing.getAsBoolean(); handled++) {
                Claimed claimed = batch.get(handled);
                Outcome outcome;
                try {
                    outcome = handle(claimed, built, pausedHere, previous, undeliverable);
                } catch (RecordingFailed e) {
                    throw e;
                } catch (TemplateRenderingException e) {
                    // The layout cannot be rendered for this notice's values: another try renders the same.
                    outcome = Outcome.failed(claimed, clock.instant(), e.getMessage());
                } catch (RuntimeException e) {
                    // A bug or an unreadable row must not stop the batch nor lose the notification.
                    log.error("Dispatch of notification {} failed", claimed.id(), e);
                    outcome = retryOrFail(
                            claimed, "erro interno: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                previous = recorder.record(outcome);
                previous.whenComplete((ok, e) -> instance.inFlight().remove(claimed.id()));
                EmailUndeliverable event = undeliverable.remove(claimed.id());
                if (event != null) toPublish.add(new Recorded(previous, event));
            }
            awaitRecorded(previous);
        } finally {
            publishCommitted(toPublish);
            List<Claimed> untouched = batch.subList(handled, batch.size());
            if (!untouched.isEmpty()) {
                outbound.release(instance.id(), untouched);
                untouched.forEach(c -> instance.inFlight().remove(c.id()));
            }
        }
        return handled;
    }

    /** Dispatches until nothing is due; for tests and the "send now" of a routine. */
    public int dispatchAll() {
        return dispatchAll(null);
    }

    /** Dispatches one account's notices until none is due (all accounts when null). */
    public int dispatchAll(UUID account) {
        int total = 0;
        int n;
        while ((n = dispatchBatch(100, account)) > 0) total += n;
        return total;
    }

    private Outcome handle(
            Claimed claimed,
            MessageFactory.Batch batch,
            Set<UUID> pausedHere,
            CompletableFuture<Void> previous,
            Map<UUID, EmailUndeliverable> undeliverable) {
        MessageFactory.Built built = batch.build(claimed);
        if (built instanceof MessageFactory.Dropped dropped) {
            return Outcome.dropped(claimed, clock.instant(), dropped.status(), dropped.reason());
        }
        if (built instanceof MessageFactory.NoSender noSender) {
            return waitForSender(claimed, noSender.reason());
        }
        MessageFactory.Ready ready = (MessageFactory.Ready) built;
        if (pausedHere.contains(ready.sender().id())) {
            return waitForSender(claimed, "remetente pausado: o servidor recusou uma mensagem anterior");
        }
        // The previous message's outcome is committed before this one leaves.
        awaitRecorded(previous);
        return deliver(claimed, ready, batch, pausedHere, undeliverable);
    }

    /** What a sent message is billed by (issue 10 item 4): its SMS segments, else one message. */
    private static int billingUnits(Claimed claimed, OutgoingMessage message) {
        if (claimed.channel() != Channel.SMS || message.text() == null) return 1;
        return Math.max(1, SmsSegments.of(message.text()).segments());
    }

    /** Sends one ready message through its channel's sender and says what became of it. */
    private Outcome deliver(
            Claimed claimed,
            MessageFactory.Ready ready,
            MessageFactory.Batch batch,
            Set<UUID> pausedHere,
            Map<UUID, EmailUndeliverable> undeliverable) {
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
            return Outcome.sent(
                    claimed,
                    clock.instant(),
                    accepted.response(),
                    accepted.providerMessageId(),
                    billingUnits(claimed, ready.message()));
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
            if (claimed.channel() == Channel.EMAIL && !claimed.merchantCopy()) {
                undeliverable.put(
                        claimed.id(), undeliverable(claimed, EmailUndeliverable.ofBounce(failure.response()), failure));
            }
            return Outcome.bounced(claimed, clock.instant(), failure.response());
        }
        if (outcome instanceof SendOutcome.Rejected rejected) {
            if (rejected.senderFault()) {
                // Paused at once: the rest of this run waits for the merchant instead of failing.
                pausedHere.add(ready.sender().id());
                pauses.pause(claimed.accountId(), ready.sender().id(), rejected.response());
            }
            return Outcome.failed(claimed, clock.instant(), rejected.response());
        }
        if (outcome instanceof SendOutcome.Unconfirmed unconfirmed) {
            return Outcome.failed(claimed, clock.instant(), unconfirmed.response());
        }
        Outcome transientOutcome = retryOrFail(claimed, outcome.response());
        // The recipient's server said "later" until the last try: the customer's e-mail is not reachable.
        if (transientOutcome.status().equals("FAILED")
                && claimed.channel() == Channel.EMAIL
                && !claimed.merchantCopy()
                && EmailUndeliverable.isServerAnswer(outcome.response())) {
            undeliverable.put(
                    claimed.id(),
                    undeliverable(claimed, EmailUndeliverable.ofLastTransient(outcome.response()), outcome));
        }
        return transientOutcome;
    }

    /**
     * What a customer's undeliverable e-mail tells (a subscription deactivated, seed 001); a
     * merchant's copy that bounces suppresses the merchant's address and tells nothing of the kind.
     */
    private static EmailUndeliverable undeliverable(
            Claimed claimed, EmailUndeliverable.Cause cause, SendOutcome outcome) {
        return new EmailUndeliverable(
                claimed.accountId(), claimed.id(), claimed.chargeId(), claimed.address(), cause, outcome.response());
    }

    private record Recorded(CompletableFuture<Void> recorded, EmailUndeliverable event) {}

    /** Told only once the outcome is committed; a listener's failure does not stop the dispatch. */
    private void publishCommitted(List<Recorded> recorded) {
        for (Recorded r : recorded) {
            if (!r.recorded().isDone() || r.recorded().isCompletedExceptionally()) continue;
            try {
                events.publishEvent(r.event());
            } catch (RuntimeException e) {
                log.error(
                        "Telling about undeliverable notification {} failed",
                        r.event().notificationId(),
                        e);
            }
        }
    }

    private Outcome waitForSender(Claimed claimed, String reason) {
        Instant now = clock.instant();
        return Outcome.waitingForSender(claimed, now, reason, now.plus(WAIT_FOR_SENDER));
    }

    private Outcome retryOrFail(Claimed claimed, String response) {
        Instant now = clock.instant();
        var wait = Backoff.after(claimed.attempts());
        return wait.isPresent()
                ? Outcome.retry(claimed, now, response, now.plus(wait.get()))
                : Outcome.failed(claimed, now, response);
    }

    /** Waits for an outcome's commit; one that could not be written is left to be taken back. */
    private static void awaitRecorded(CompletableFuture<Void> recorded) {
        try {
            recorded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RecordingFailed(e);
        } catch (ExecutionException e) {
            throw new RecordingFailed(e.getCause());
        }
    }

    /** The batch stops: what it has not sent goes back to the queue, or is taken back later. */
    private static final class RecordingFailed extends RuntimeException {
        RecordingFailed(Throwable cause) {
            super("an outcome could not be recorded", cause);
        }
    }

    private static String key(Channel channel, String provider) {
        return channel + "/" + provider;
    }
}
