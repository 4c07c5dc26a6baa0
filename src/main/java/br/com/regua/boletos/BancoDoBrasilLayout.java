package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.bancos.BancoDoBrasil;
import br.com.regua.shared.InvalidFieldException;

/**
 * Banco do Brasil, agreement ("convênio") of 7 digits: nosso número = agreement + 10-digit
 * sequence, free field = 000000 + nosso número + wallet.
 */
final class BancoDoBrasilLayout implements BankLayout {

    private final BancoDoBrasil stella = new BancoDoBrasil();

    @Override
    public FreeField freeField(BoletoRequest request) {
        String agreement =
                request.agreement() == null ? "" : request.agreement().trim();
        if (!agreement.matches("[1-9]\\d{6}")) {
            throw new InvalidFieldException(
                    "boleto.agreement",
                    "convênio do Banco do Brasil com 7 dígitos (convênios de 4 e 6 dígitos ainda não são suportados)");
        }
        String wallet = BankFields.digits(request.wallet(), "boleto.wallet", 2, "carteira");
        String nossoNumero = agreement + BankFields.digits(request.nossoNumero(), "nossoNumero", 10, "nosso número");
        BankFields.Numbered agency = BankFields.numbered(request.agency(), "boleto.agency", 4, "agência");
        BankFields.Numbered account = BankFields.numbered(request.account(), "boleto.account", 8, "conta");
        Beneficiario beneficiary = Beneficiario.novoBeneficiario()
                .comNumeroConvenio(agreement)
                .comNossoNumero(nossoNumero)
                .comCarteira(wallet)
                .comAgencia(agency.padded(4))
                .comCodigoBeneficiario(account.padded(8));
        String digits = StellaFreeField.of(stella, beneficiary, request);
        return new FreeField(digits, nossoNumero, agency.printed(4) + " / " + account.printed(0), wallet);
    }
}
