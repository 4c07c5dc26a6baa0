package br.com.regua.boletos;

import br.com.caelum.stella.boleto.bancos.Bancos;
import java.util.Arrays;
import java.util.List;

/** The banks whose boleto layout Régua knows. */
public enum Bank {
    BANCO_DO_BRASIL(Bancos.BANCO_DO_BRASIL, new BancoDoBrasilLayout()),
    SANTANDER(Bancos.SANTANDER, new SantanderLayout()),
    CAIXA(Bancos.CAIXA, new CaixaLayout()),
    BRADESCO(Bancos.BRADESCO, new BradescoLayout()),
    ITAU(Bancos.ITAU, new ItauLayout());

    private final Bancos stella;
    private final BankLayout layout;

    Bank(Bancos stella, BankLayout layout) {
        this.stella = stella;
        this.layout = layout;
    }

    /** The bank of a three-digit code ("001"), or {@link UnsupportedBankException}. */
    public static Bank of(String code) {
        String trimmed = code == null ? "" : code.trim();
        return Arrays.stream(values())
                .filter(bank -> bank.code().equals(trimmed))
                .findFirst()
                .orElseThrow(() -> new UnsupportedBankException(trimmed));
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Bank::code).toList();
    }

    public String code() {
        return stella.getNumeroDoBanco();
    }

    /** "001-9": the code with the bank's own check digit, as a slip's header prints it. */
    public String codeWithDigit() {
        return stella.getBanco().getNumeroFormatadoComDigito();
    }

    public String displayName() {
        return stella.getNomeDoBanco();
    }

    BankLayout layout() {
        return layout;
    }
}
