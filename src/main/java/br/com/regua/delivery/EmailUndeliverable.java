package br.com.regua.delivery;

import java.util.Locale;
import java.util.UUID;

/**
 * An e-mail notice about a charge could not reach the customer for a reason that is the
 * customer's (seed 001): the recipient's server refused the address or the mailbox is full, it
 * stayed unavailable until the last try, the customer complained of it or unsubscribed. Published
 * once the outcome is committed, never for a refusal that is the sender's (the merchant's) own.
 * {@code notificationId} and {@code answer} may be null when the event came by address (a complaint
 * or an unsubscribe), one event per open charge the address was e-mailed about.
 */
public record EmailUndeliverable(
        UUID accountId, UUID notificationId, UUID chargeId, String address, Cause cause, String answer) {

    public enum Cause {
        UNKNOWN_ADDRESS,
        MAILBOX_FULL,
        SERVER_UNAVAILABLE,
        COMPLAINT,
        UNSUBSCRIBED
    }

    /** A permanent refusal of the recipient: the mailbox is full (552, 5.2.2, 4.2.2) or the address unknown. */
    static Cause ofBounce(String answer) {
        return mailboxFull(answer) ? Cause.MAILBOX_FULL : Cause.UNKNOWN_ADDRESS;
    }

    /** The last try's transient answer, after the retry bound: a full mailbox (452, 4.2.2) or a server unavailable. */
    static Cause ofLastTransient(String answer) {
        return mailboxFull(answer) ? Cause.MAILBOX_FULL : Cause.SERVER_UNAVAILABLE;
    }

    /** Whether a transient answer is the recipient's server speaking (an SMTP 4xx), not a connection that failed. */
    static boolean isServerAnswer(String answer) {
        return answer != null && answer.strip().matches("(?s)4\\d\\d\\b.*");
    }

    private static boolean mailboxFull(String answer) {
        if (answer == null) return false;
        String a = answer.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("552") || a.startsWith("452") || a.matches("(?s).*\\b[45]\\.2\\.2\\b.*");
    }
}
