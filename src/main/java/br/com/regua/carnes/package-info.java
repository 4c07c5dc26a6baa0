/**
 * Carnês (product.md §2, §5, Appendix B): N monthly installments of one customer created at once,
 * each a charge with its boleto, printed together as one PDF (three slips per A4 page) that the
 * carnê-created notice carries; cancelled whole (one notice) or one installment at a time (that
 * charge's notice). {@link br.com.regua.carnes.Carnes} is the facade; the events are public.
 */
package br.com.regua.carnes;
