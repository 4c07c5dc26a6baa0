package br.com.regua.notifications;

/** QUEUED → SENDING → SENT → DELIVERED | BOUNCED | FAILED; or SKIPPED / CANCELLED. */
public enum NotificationStatus {
    QUEUED,
    SENDING,
    SENT,
    DELIVERED,
    BOUNCED,
    FAILED,
    SKIPPED,
    CANCELLED
}
