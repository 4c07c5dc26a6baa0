package br.com.regua.boletos;

/** Someone named on a slip: the beneficiary ("beneficiário") or the payer ("pagador"). */
public record Party(String name, String document) {}
