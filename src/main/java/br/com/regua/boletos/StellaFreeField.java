package br.com.regua.boletos;

import br.com.caelum.stella.boleto.Banco;
import br.com.caelum.stella.boleto.Beneficiario;
import br.com.caelum.stella.boleto.Boleto;
import br.com.caelum.stella.boleto.Datas;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Asks caelum-stella for a bank's "campo livre". Only positions 20 to 44 of stella's barcode are
 * kept: its due-date factor goes through {@code java.util.Calendar} in the JVM's default time zone
 * and comes out one day short wherever 7 Oct 1997 and the due date differ in daylight-saving time
 * (Australia/Sydney, for one), and its value is formatted in the default locale. {@link Febraban}
 * builds those parts itself.
 */
final class StellaFreeField {

    private StellaFreeField() {}

    static String of(Banco bank, Beneficiario beneficiary, BoletoRequest request) {
        LocalDate due = request.dueDate();
        // The document date is the due date itself so stella's "due within 5,500 days of the
        // document" rule never refuses an old or far due date that Febraban accepts.
        Datas dates = Datas.novasDatas()
                .comDocumento(due.getDayOfMonth(), due.getMonthValue(), due.getYear())
                .comVencimento(due.getDayOfMonth(), due.getMonthValue(), due.getYear());
        Boleto boleto = Boleto.novoBoleto()
                .comBanco(bank)
                .comBeneficiario(beneficiary)
                .comDatas(dates)
                .comValorBoleto(BigDecimal.valueOf(request.amountCentavos(), 2));
        return bank.geraCodigoDeBarrasPara(boleto).substring(19);
    }
}
