package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;
import org.springframework.stereotype.Component;

/**
 * Issues boletos: the Febraban barcode and linha digitável of a bank slip with real check digits,
 * for the banks in {@link Bank}. Pure: the same request always gives the same boleto.
 */
@Component
public class Boletos {

    /**
     * The boleto of a request; a bad field is an {@link InvalidFieldException} naming it
     * ({@code boleto.bank}, {@code boleto.agreement}, {@code nossoNumero}, {@code amount}, …).
     */
    public Boleto issue(BoletoRequest request) {
        Bank bank = Bank.of(request.bank());
        Febraban.checkAmount(request.amountCentavos());
        if (request.dueDate() == null) throw new InvalidFieldException("dueDate", "obrigatório");
        DueDateFactor.of(request.dueDate());
        FreeField free = freeField(bank, request);
        String barcode = Febraban.barcode(bank.code(), request.dueDate(), request.amountCentavos(), free.digits());
        return new Boleto(
                bank.code(),
                bank.codeWithDigit(),
                bank.displayName(),
                barcode,
                DigitableLine.of(barcode),
                free.nossoNumero(),
                free.beneficiaryCode(),
                free.wallet(),
                request.dueDate(),
                request.amountCentavos(),
                request.payer(),
                request.beneficiary());
    }

    private static FreeField freeField(Bank bank, BoletoRequest request) {
        try {
            return bank.layout().freeField(request);
        } catch (InvalidFieldException e) {
            throw e;
        } catch (RuntimeException e) {
            // Our own checks run first; whatever stella still refuses is bad bank data, not a crash.
            throw new InvalidFieldException(
                    "boleto", "dados do boleto recusados pelo leiaute do banco: " + e.getMessage());
        }
    }
}
