package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.bancos.Itau;
import br.com.regua.shared.InvalidFieldException;
import java.util.Set;

/**
 * Itaú: free field = wallet (3) + nosso número (8) + its DAC + agency (4) + account (5) + the
 * account's DAC + 000. The DACs are módulo 10 of agency+account+wallet+nosso número and of
 * agency+account.
 */
final class ItauLayout implements BankLayout {

    /**
     * Wallets whose free field carries the merchant's document number and client code instead, or
     * whose DAC leaves agency and account out: a different layout, not stella's.
     */
    private static final Set<String> OTHER_LAYOUTS =
            Set.of("106", "107", "122", "142", "143", "195", "196", "198", "126", "131", "146", "150", "168");

    private final Itau stella = new Itau();

    @Override
    public FreeField freeField(BoletoRequest request) {
        BankFields.Numbered agency = BankFields.numbered(request.agency(), "boleto.agency", 4, "agência");
        BankFields.Numbered account = BankFields.numbered(request.account(), "boleto.account", 5, "conta");
        String wallet = BankFields.digits(request.wallet(), "boleto.wallet", 3, "carteira");
        if (OTHER_LAYOUTS.contains(wallet)) {
            throw new InvalidFieldException(
                    "boleto.wallet",
                    "carteira " + wallet + " do Itaú usa outro leiaute de código de barras; ainda não suportada");
        }
        String sequence = BankFields.digits(request.nossoNumero(), "nossoNumero", 8, "nosso número");
        Beneficiario beneficiary = Beneficiario.novoBeneficiario()
                .comAgencia(agency.padded(4))
                .comCodigoBeneficiario(account.padded(5))
                .comCarteira(wallet)
                .comNossoNumero(sequence);
        String digits = StellaFreeField.of(stella, beneficiary, request);
        char nossoNumeroDac = digits.charAt(11);
        String accountDac = String.valueOf(digits.charAt(21));
        if (account.digit() != null && !account.digit().equals(accountDac)) {
            throw new InvalidFieldException(
                    "boleto.account",
                    "dígito da conta não confere com agência e conta (o Itaú calcula " + accountDac + ")");
        }
        return new FreeField(
                digits,
                wallet + "/" + sequence + "-" + nossoNumeroDac,
                agency.padded(4) + "/" + account.padded(5) + "-" + accountDac,
                wallet);
    }
}
