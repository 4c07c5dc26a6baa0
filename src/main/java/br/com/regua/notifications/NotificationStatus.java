package br.com.regua.notifications;

/**
 * QUEUED → SENDING → SENT → DELIVERED | BOUNCED | FAILED; or SKIPPED / CANCELLED. A merchant's
 * e-mail copy under the daily digest is HELD → SENT (in the digest) or CANCELLED.
 */
public enum NotificationStatus {
    QUEUED,
    HELD,
    SENDING,
    SENT,
    DELIVERED,
    BOUNCED,
    FAILED,
    SKIPPED,
    CANCELLED
}
