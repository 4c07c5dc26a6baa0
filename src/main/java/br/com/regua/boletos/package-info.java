/**
 * Boleto and Pix arithmetic: the Febraban barcode and linha digitável of a bank slip, the Pix
 * "copia e cola" (EMV BR Code), and their barcode and QR images. Pure functions; no state.
 */
package br.com.regua.boletos;
