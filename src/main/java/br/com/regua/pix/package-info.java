/**
 * Pix payments (product.md §2 "payment identification", Appendix B; issue 11 item 3): the
 * account's webhook receiver in the shape of the Banco Central's API Pix — the PSP posts
 * {@code {"pix": [{"endToEndId", "txid", "valor", "horario", ...}]}} to a URL whose secret names
 * the account — matching charges by the txid of their copia-e-cola, idempotent by
 * {@code endToEndId}, paying them as {@code POST /charges/{id}/payments} does, and keeping every
 * payment that pays nothing with its reason. {@link br.com.regua.pix.PixPayments} is the facade.
 */
package br.com.regua.pix;
