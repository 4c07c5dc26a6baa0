package br.com.regua.bankreturns;

import br.com.regua.paymentmethods.BoletoData;
import br.com.regua.paymentmethods.PaymentMethod;
import br.com.regua.paymentmethods.PaymentMethods;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The account's boleto payment methods a file's header names: same bank, and the same agreement
 * ("convênio", beneficiary or company code) or, when either side has none, the same agency and
 * account. Check digits ("1234-5") and leading zeros are set aside on both sides.
 */
@Component
class MatchingPaymentMethods {

    private final PaymentMethods paymentMethods;

    MatchingPaymentMethods(PaymentMethods paymentMethods) {
        this.paymentMethods = paymentMethods;
    }

    List<UUID> of(UUID accountId, String bank, Identity file) {
        List<UUID> matching = new ArrayList<>();
        String cursor = null;
        do {
            Page<PaymentMethod> page = paymentMethods.list(accountId, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
            for (PaymentMethod method : page.items()) {
                if (method.kind().hasBoleto() && method.boleto() != null && matches(bank, file, method.boleto())) {
                    matching.add(method.id());
                }
            }
            cursor = page.next();
        } while (cursor != null);
        return matching;
    }

    static boolean matches(String bank, Identity file, BoletoData boleto) {
        if (!bank.equals(boleto.bank())) return false;
        String agreement = number(boleto.agreement());
        if (file.agreement() != null && agreement != null)
            return file.agreement().equals(agreement);
        return file.agency() != null
                && file.account() != null
                && file.agency().equals(number(boleto.agency()))
                && file.account().equals(number(boleto.account()));
    }

    /** "0001234-5" → "1234": the number before its check digit, without leading zeros. */
    private static String number(String typed) {
        if (typed == null) return null;
        String number = typed.trim();
        int dash = number.indexOf('-');
        if (dash >= 0) number = number.substring(0, dash);
        return Identity.significant(number.replaceAll("\\D", ""));
    }
}
