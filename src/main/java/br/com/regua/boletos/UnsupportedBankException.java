package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;

/** The bank code is not one whose boleto layout Régua knows (HTTP 400 on {@code boleto.bank}). */
public class UnsupportedBankException extends InvalidFieldException {

    public UnsupportedBankException(String code) {
        super(
                "boleto.bank",
                "banco " + code + " não suportado para boletos; use um de " + String.join(", ", Bank.codes()));
    }
}
