package br.com.regua.paymentmethods;

import br.com.regua.boletos.BoletoRequest;
import br.com.regua.boletos.Boletos;
import br.com.regua.boletos.Party;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Bank data is checked when the payment method is saved, by issuing a sample boleto with it: a
 * wrong agency or agreement is a 400 naming {@code boleto.agency} now, not a failed charge later.
 */
@Component
class BoletoCheck {

    private final Boletos boletos;

    BoletoCheck(Boletos boletos) {
        this.boletos = boletos;
    }

    void check(BoletoData boleto) {
        boletos.issue(new BoletoRequest(
                boleto.bank(),
                boleto.agency(),
                boleto.account(),
                boleto.wallet(),
                boleto.agreement(),
                "1",
                100,
                LocalDate.of(2030, 1, 10),
                new Party("Pagador", "52998224725"),
                new Party("Beneficiário", "11222333000181")));
    }
}
