package br.com.regua.boletos;

/** One bank's share of a boleto: the 25-digit "campo livre" and how the slip prints its fields. */
interface BankLayout {

    FreeField freeField(BoletoRequest request);
}
