/**
 * Boletos by post (product.md §3.3, §4 "Letters", seed 003 "Enviar boletos gerados via Correios"):
 * the daily print batch of PRINT_LETTERS — one A4 letter per open boleto charge of a customer with
 * postal delivery, printed once, the address block where a window envelope shows it and the slip
 * on the same sheet — its CSV manifest, the explicit reprint, and each letter's fee line.
 * {@link br.com.regua.letters.Letters} is the facade.
 */
package br.com.regua.letters;
