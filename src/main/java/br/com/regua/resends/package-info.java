/**
 * Manual resends (product.md §4.1, seed 003: "Reenviar e-mail/SMS/WhatsApp de notificação"): from
 * a PENDING or OVERDUE charge, its group's notices again, now, ahead of every other notice, within
 * 100 e-mail and 1 SMS/WhatsApp resends per charge. {@link br.com.regua.resends.Resends} is the facade.
 */
package br.com.regua.resends;
