package br.com.regua.delivery;

import java.time.Instant;

/**
 * What became of one claimed notification, and when, to be written with the rest of its batch: the
 * status the row takes, the entry of the state-change log ({@code event}: the same status, or RETRY
 * for a notification that goes back to the queue, DEFERRED for one held back by a rate limit,
 * WAITING for one waiting for its sender; null for no entry), the server's answer or the reason,
 * and for a retry when to try again.
 */
record Outcome(
        Claimed claimed,
        Instant at,
        String status,
        String event,
        String response,
        String reason,
        Instant nextAttempt,
        String providerMessageId,
        boolean tryNotSpent,
        int units) {

    /** Accepted by the server; {@code units} is what the message is billed by (SMS segments, else 1). */
    static Outcome sent(Claimed c, Instant at, String response, String providerMessageId, int units) {
        return new Outcome(c, at, "SENT", "SENT", response, null, null, providerMessageId, false, units);
    }

    /** Back to the queue, to be tried again at {@code nextAttempt}. */
    static Outcome retry(Claimed c, Instant at, String response, Instant nextAttempt) {
        return new Outcome(c, at, "QUEUED", "RETRY", response, null, nextAttempt, null, false, 1);
    }

    /** Over a rate limit: back to the queue until {@code until}, giving back the try its claim counted. */
    static Outcome deferred(Claimed c, Instant at, String reason, Instant until) {
        return new Outcome(c, at, "QUEUED", "DEFERRED", reason, null, until, null, true, 1);
    }

    /**
     * No active sender for its channel (switched off, or paused after the server refused it): back
     * to the queue without spending a try, looked at again at {@code next}. Logged once, when it
     * starts waiting.
     */
    static Outcome waitingForSender(Claimed c, Instant at, String reason, Instant next) {
        return new Outcome(
                c,
                at,
                "QUEUED",
                c.waitingForSender() ? null : "WAITING",
                reason,
                WAITING_FOR_SENDER,
                next,
                null,
                true,
                1);
    }

    static final String WAITING_FOR_SENDER = "WAITING_FOR_SENDER";

    static Outcome failed(Claimed c, Instant at, String response) {
        return new Outcome(c, at, "FAILED", "FAILED", response, null, null, null, false, 1);
    }

    static Outcome bounced(Claimed c, Instant at, String response) {
        return new Outcome(c, at, "BOUNCED", "BOUNCED", response, null, null, null, false, 1);
    }

    /** Not sent because something changed since it was queued (e.g. the charge was paid). */
    static Outcome dropped(Claimed c, Instant at, String status, String reason) {
        return new Outcome(c, at, status, status, null, reason, null, null, false, 1);
    }
}
