package br.com.regua.subscriptions;

/** Why a subscription's notice could not be delivered (seed 001's list). */
public enum DeactivationReason {
    SERVER_UNAVAILABLE,
    HARD_BOUNCE,
    MAILBOX_FULL,
    COMPLAINT,
    UNSUBSCRIBED
}
