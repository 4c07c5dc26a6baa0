package br.com.regua.customers;

/** The groups of the preference matrix (Asaas): before due (incl. creation and on-due), overdue, paid. */
public enum NotificationGroup {
    BEFORE_DUE,
    OVERDUE,
    PAID
}
