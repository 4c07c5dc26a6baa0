/**
 * Bank return files ("arquivo retorno" de cobrança, product.md §2 and §6.1): a small fixed-width
 * reader per layout (CNAB 400 of Banco do Brasil, Itaú and Bradesco; CNAB 240 segments T/U of
 * Banco do Brasil, Santander and Caixa), each bank's table of occurrence codes, and the import that
 * matches titles by nosso número within the payment methods the header names, pays the settled
 * charges set-based and records every other occurrence in the charge's history.
 * {@link br.com.regua.bankreturns.BankReturns} is the facade (docs/BANK_RETURNS.md).
 */
package br.com.regua.bankreturns;
