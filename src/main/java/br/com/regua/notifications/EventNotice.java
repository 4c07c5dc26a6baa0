package br.com.regua.notifications;

import br.com.regua.customers.NotificationGroup;
import br.com.regua.rules.BuiltInTemplates;

/**
 * The notices that follow an event rather than a sending rule (Efí, seed 000), each with its
 * account-wide "enviar por padrão?" switch.
 */
public enum EventNotice {
    /** "E-mail de inadimplência": the day after the effective due date, while unpaid. */
    OVERDUE_NOTICE(BuiltInTemplates.OVERDUE_NOTICE_EMAIL, NotificationGroup.OVERDUE, "PENDING,OVERDUE"),
    /** Manual confirmation of payment. */
    PAYMENT_CONFIRMATION(BuiltInTemplates.PAYMENT_CONFIRMED_EMAIL, NotificationGroup.PAID, "PAID"),
    /** A one-off, subscription or carnê charge was cancelled. */
    CHARGE_CANCELLATION(BuiltInTemplates.CHARGE_CANCELLED_EMAIL, null, "CANCELLED");

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
