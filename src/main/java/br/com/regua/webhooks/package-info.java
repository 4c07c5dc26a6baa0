/**
 * Outgoing webhooks (product.md §6.1 {@code /webhooks}, issue 11 item 4), following the Standard
 * Webhooks spec: the merchant's endpoints, an outbox of events written in the transaction of the
 * change that causes them (listeners on the charges' and subscriptions' events, and PostgreSQL
 * triggers for the set-based overdue marking and the notifications' status changes), and their
 * delivery — at least once, in order per endpoint, retried for about three days, paused after 15
 * failures in a row. {@link br.com.regua.webhooks.Webhooks} is the facade; docs/WEBHOOKS.md tells
 * a merchant how to receive them.
 */
package br.com.regua.webhooks;
