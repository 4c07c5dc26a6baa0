package br.com.regua.rules;

/** When a sending rule fires, relative to the charge's due date (IXC "Regras de Envio"). */
public enum Trigger {
    /** "Envio antes do vencimento": due date − days. */
    BEFORE_DUE,
    /** "Envio no vencimento": the due date itself (days is 0). */
    ON_DUE,
    /** "Envio após vencido": due date + days, and never before the charge is overdue. */
    AFTER_DUE
}
