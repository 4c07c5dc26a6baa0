package br.com.regua.notifications;

import br.com.regua.customers.NotificationGroup;
import br.com.regua.rules.BuiltInTemplates;

/**
 * The notices that follow an event rather than a sending rule (Efí, seed 000), each with its
 * account-wide "enviar por padrão?" switch. The order is the order of Configurações > E-mails.
 */
public enum EventNotice {
    /** "Cobrança gerada": the e-mail that carries the boleto, when any charge is created. */
    CHARGE_CREATED(BuiltInTemplates.CHARGE_CREATED_EMAIL, NotificationGroup.BEFORE_DUE, Statuses.OPEN, true, false),
    /** "E-mail de inadimplência": the day after the effective due date, while unpaid. */
    OVERDUE_NOTICE(BuiltInTemplates.OVERDUE_NOTICE_EMAIL, NotificationGroup.OVERDUE, Statuses.OPEN, false, false),
    /** Manual confirmation of payment. */
    PAYMENT_CONFIRMATION(BuiltInTemplates.PAYMENT_CONFIRMED_EMAIL, NotificationGroup.PAID, "PAID", false, true),
    /** A one-off, subscription or carnê charge was cancelled. */
    CHARGE_CANCELLATION(BuiltInTemplates.CHARGE_CANCELLED_EMAIL, null, "CANCELLED", false, true),
    /** A subscription was cancelled; queued on one of its charges, whatever that charge's status. */
    SUBSCRIPTION_CANCELLATION(BuiltInTemplates.SUBSCRIPTION_CANCELLED_EMAIL, null, Statuses.ANY, false, true),
    /** A carnê was created: one notice for the whole carnê, queued on its first installment. */
    CARNE_CREATED(BuiltInTemplates.CARNE_CREATED_EMAIL, NotificationGroup.BEFORE_DUE, Statuses.OPEN, true, false),
    /** A whole carnê was cancelled: one notice, not one per installment. */
    CARNE_CANCELLATION(BuiltInTemplates.CARNE_CANCELLED_EMAIL, null, Statuses.ANY, false, true);

    private final String templateId;
    private final NotificationGroup group;
    private final String requiredStatus;
    private final boolean attachInvoice;
    private final boolean aboutClosing;

    EventNotice(
            String templateId,
            NotificationGroup group,
            String requiredStatus,
            boolean attachInvoice,
            boolean aboutClosing) {
        this.templateId = templateId;
        this.group = group;
        this.requiredStatus = requiredStatus;
        this.attachInvoice = attachInvoice;
        this.aboutClosing = aboutClosing;
    }

    public String templateId() {
        return templateId;
    }

    /** The preference-matrix group that governs it; null when only the master switch does. */
    public NotificationGroup group() {
        return group;
    }

    /** Whether the e-mail carries the charge's invoice PDF (the boleto). */
    public boolean attachInvoice() {
        return attachInvoice;
    }

    /**
     * A notice about the charge's (or its subscription's, or carnê's) closing: it goes out to a
     * closed charge, and closing the charge does not cancel it.
     */
    public boolean aboutClosing() {
        return aboutClosing;
    }

    /** Whether it follows an operation that may say {@code notifyCustomer} (all but the overdue notice). */
    public boolean overridable() {
        return this != OVERDUE_NOTICE;
    }

    /** Statuses a charge may have to receive a notice (a holder: enum constants cannot read later fields). */
    private static final class Statuses {
        static final String OPEN = "PENDING,OVERDUE";
        static final String ANY = "PENDING,OVERDUE,PAID,CANCELLED";
    }

    String requiredStatus() {
        return requiredStatus;
    }
}
