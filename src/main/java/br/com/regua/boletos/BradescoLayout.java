package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.bancos.Bradesco;

/**
 * Bradesco: free field = agency (4) + wallet (2) + nosso número (11) + account (7) + 0. The
 * printed nosso número carries its own check digit, módulo 11 base 7 of wallet + nosso número
 * ("P" when the remainder is 1), which stella does not compute.
 */
final class BradescoLayout implements BankLayout {

    private final Bradesco stella = new Bradesco();

    @Override
    public FreeField freeField(BoletoRequest request) {
        BankFields.Numbered agency = BankFields.numbered(request.agency(), "boleto.agency", 4, "agência");
        BankFields.Numbered account = BankFields.numbered(request.account(), "boleto.account", 7, "conta");
        String wallet = BankFields.digits(request.wallet(), "boleto.wallet", 2, "carteira");
        String sequence = BankFields.digits(request.nossoNumero(), "nossoNumero", 11, "nosso número");
        Beneficiario beneficiary = Beneficiario.novoBeneficiario()
                .comAgencia(agency.padded(4))
                .comCodigoBeneficiario(account.padded(7))
                .comCarteira(wallet)
                .comNossoNumero(sequence);
        String digits = StellaFreeField.of(stella, beneficiary, request);
        return new FreeField(
                digits,
                wallet + "/" + sequence + "-" + nossoNumeroDigit(wallet + sequence),
                agency.printed(4) + "/" + account.printed(7),
                wallet);
    }

    static String nossoNumeroDigit(String walletAndNumber) {
        int sum = 0;
        int weight = 2;
        for (int i = walletAndNumber.length() - 1; i >= 0; i--) {
            sum += (walletAndNumber.charAt(i) - '0') * weight;
            weight = weight == 7 ? 2 : weight + 1;
        }
        int remainder = sum % 11;
        if (remainder == 0) return "0";
        if (remainder == 1) return "P";
        return String.valueOf(11 - remainder);
    }
}
