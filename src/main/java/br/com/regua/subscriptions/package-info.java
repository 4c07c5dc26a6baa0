/**
 * Subscriptions ("agendamento de boletos recorrentes", product.md §5, seed 001): the schedule of a
 * recurring charge, the generation of each next charge some days before its due date, and the
 * deactivation, reactivation and cancellation of the schedule. {@link
 * br.com.regua.subscriptions.Subscriptions} is the facade; the events are public.
 */
package br.com.regua.subscriptions;
