/**
 * Fees (product.md §4.2, Appendix B): the account's price table and its monthly statement. The
 * ledger lines are written by the dispatcher in the very statement that records a message SENT
 * (delivery.Outbound), so a retry never bills twice and a crash never loses a line; this module
 * owns the prices and reads the ledger. {@link br.com.regua.fees.Fees} is the facade.
 */
package br.com.regua.fees;
