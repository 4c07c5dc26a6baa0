package br.com.regua.charges;

import br.com.regua.accounts.Accounts;
import br.com.regua.boletos.Boleto;
import br.com.regua.boletos.BoletoRequest;
import br.com.regua.boletos.Boletos;
import br.com.regua.boletos.BrCode;
import br.com.regua.boletos.Party;
import br.com.regua.boletos.PixRequest;
import br.com.regua.customers.Customer;
import br.com.regua.paymentmethods.PaymentKind;
import br.com.regua.paymentmethods.PaymentMethod;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The boleto of a charge (and, for BOLIX, its Pix copia-e-cola), computed once from the payment
 * method's bank data and the charge's own nosso número; the invoice PDF re-issues the same one.
 */
@Component
public class ChargeBoletos {

    private final Boletos boletos;
    private final Accounts accounts;

    ChargeBoletos(Boletos boletos, Accounts accounts) {
        this.boletos = boletos;
        this.accounts = accounts;
    }

    public Boleto issue(
            UUID accountId, PaymentMethod method, Customer payer, long nossoNumero, long amount, LocalDate dueDate) {
        var bank = method.boleto();
        return boletos.issue(new BoletoRequest(
                bank.bank(),
                bank.agency(),
                bank.account(),
                bank.wallet(),
                bank.agreement(),
                Long.toString(nossoNumero),
                amount,
                dueDate,
                new Party(payer.name(), payer.document()),
                new Party(accounts.get(accountId).name(), null)));
    }

    /** The static Pix payload of a BOLIX charge; null when the method is not BOLIX or has no key. */
    public String pix(UUID accountId, PaymentMethod method, long nossoNumero, long amount) {
        if (method.kind() != PaymentKind.BOLIX || method.pix() == null) return null;
        String city = method.pix().city() == null ? "SAO PAULO" : method.pix().city();
        return BrCode.staticPayload(new PixRequest(
                method.pix().key(), amount, accounts.get(accountId).name(), city, "REGUA" + nossoNumero));
    }
}
