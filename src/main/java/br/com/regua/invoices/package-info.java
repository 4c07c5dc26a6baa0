/**
 * Invoices: the PDF a customer downloads or receives attached, a boleto bank slip (with the Pix
 * QR code for BOLIX), rendered once per charge and stored.
 */
package br.com.regua.invoices;
