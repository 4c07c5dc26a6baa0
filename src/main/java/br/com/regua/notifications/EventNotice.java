package br.com.regua.notifications;

import br.com.regua.customers.NotificationGroup;

/**
 * The notices that follow an event rather than a sending rule (Efí, seed 000), each with its
 * account-wide "enviar por padrão?" switch.
 */
public enum EventNotice {
    /** "E-mail de inadimplência": the day after the effective due date, while unpaid. */
    OVERDUE_NOTICE("builtin-overdue-notice-email", NotificationGroup.OVERDUE, "PENDING,OVERDUE"),
    /** Manual confirmation of payment. */
    PAYMENT_CONFIRMATION("builtin-payment-confirmed-email", NotificationGroup.PAID, "PAID"),
    /** A one-off, subscription or carnê charge was cancelled. */
    CHARGE_CANCELLATION("builtin-charge-cancelled-email", null, "CANCELLED");

    private final String templateId;
    private final NotificationGroup group;
    private final String requiredStatus;

    EventNotice(String templateId, NotificationGroup group, String requiredStatus) {
        this.templateId = templateId;
        this.group = group;
        this.requiredStatus = requiredStatus;
    }

    public String templateId() {
        return templateId;
    }

    /** The preference-matrix group that governs it; null when only the master switch does. */
    public NotificationGroup group() {
        return group;
    }

    String requiredStatus() {
        return requiredStatus;
    }
}
