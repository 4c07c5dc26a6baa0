package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.bancos.Caixa;
import br.com.caelum.stella.boleto.bancos.gerador.GeradorDeDigitoPadrao;
import br.com.regua.shared.InvalidFieldException;

/**
 * Caixa, SIGCB: the beneficiary code (6 digits + check digit) comes from the agreement; nosso
 * número = modality (1 registered, 2 unregistered) + 4 (issued by the beneficiary) + a 15-digit
 * sequence; the free field interleaves them and ends in a módulo 11 check digit.
 */
final class CaixaLayout implements BankLayout {

    private final Caixa stella = new Caixa();
    private final GeradorDeDigitoPadrao digits = new GeradorDeDigitoPadrao();

    @Override
    public FreeField freeField(BoletoRequest request) {
        BankFields.Numbered agency = BankFields.numbered(request.agency(), "boleto.agency", 4, "agência");
        String code = request.agreement() == null ? "" : request.agreement().trim();
        if (!code.matches("\\d{6,7}")) {
            throw new InvalidFieldException(
                    "boleto.agreement",
                    "código do beneficiário da Caixa com 6 dígitos (ou 7, com o dígito verificador)");
        }
        String codeDigit = String.valueOf(digits.geraDigitoMod11AceitandoRestoZero(code.substring(0, 6)));
        if (code.length() == 7 && !code.substring(6).equals(codeDigit)) {
            throw new InvalidFieldException(
                    "boleto.agreement",
                    "dígito do código do beneficiário não confere (a Caixa calcula " + codeDigit + ")");
        }
        String modality = modality(request.wallet());
        String nossoNumero = modality + BankFields.digits(request.nossoNumero(), "nossoNumero", 15, "nosso número");
        // stella's wallet "24" branch is the SIGCB layout with the right check digit (a remainder of
        // 0 or 1 gives 0); its "2" branch gives 1 there. Both modalities use it.
        Beneficiario beneficiary = Beneficiario.novoBeneficiario()
                .comAgencia(agency.padded(4))
                .comCodigoBeneficiario(code.substring(0, 6))
                .comDigitoCodigoBeneficiario(codeDigit)
                .comCarteira("24")
                .comNossoNumero(nossoNumero);
        String free = StellaFreeField.of(stella, beneficiary, request);
        return new FreeField(
                free,
                nossoNumero + "-" + digits.geraDigitoMod11AceitandoRestoZero(nossoNumero),
                agency.padded(4) + "/" + code.substring(0, 6) + "-" + codeDigit,
                modality.equals("14") ? "RG" : "SR");
    }

    private static String modality(String wallet) {
        String w = wallet == null ? "" : wallet.trim().toUpperCase();
        return switch (w) {
            case "RG", "1", "14" -> "14";
            case "SR", "2", "24" -> "24";
            default ->
                throw new InvalidFieldException(
                        "boleto.wallet", "carteira da Caixa: RG (registrada) ou SR (sem registro)");
        };
    }
}
