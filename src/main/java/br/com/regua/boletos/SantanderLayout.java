package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.bancos.Santander;

/**
 * Santander: free field = 9 + beneficiary code (7, the agreement) + nosso número (12) and its
 * check digit + IOF 0 + wallet (3).
 */
final class SantanderLayout implements BankLayout {

    private final Santander stella = new Santander();

    @Override
    public FreeField freeField(BoletoRequest request) {
        BankFields.Numbered agency = BankFields.numbered(request.agency(), "boleto.agency", 4, "agência");
        String code = BankFields.digits(request.agreement(), "boleto.agreement", 7, "código do beneficiário");
        String wallet = BankFields.digits(request.wallet(), "boleto.wallet", 3, "carteira");
        String sequence = BankFields.digits(request.nossoNumero(), "nossoNumero", 12, "nosso número");
        Beneficiario beneficiary = Beneficiario.novoBeneficiario()
                .comAgencia(agency.padded(4))
                .comNumeroConvenio(code)
                .comCarteira(wallet)
                .comNossoNumero(sequence);
        String digits = StellaFreeField.of(stella, beneficiary, request);
        String withDigit = stella.getNossoNumeroFormatado(beneficiary);
        return new FreeField(
                digits,
                withDigit.substring(0, 12) + "-" + withDigit.substring(12),
                agency.printed(4) + "/" + code,
                wallet);
    }
}
