package br.com.regua.boletos;

import java.time.LocalDate;

/** A boleto request per bank, each field overridable. */
final class Requests {

    static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    private Requests() {}

    static BoletoRequest bancoDoBrasil() {
        return request("001", "1234-5", "56789-0", "18", "1234567", "42");
    }

    static BoletoRequest itau() {
        return request("341", "0293", "01328", "109", null, "157");
    }

    static BoletoRequest bradesco() {
        return request("237", "2949-1", "6580-3", "9", null, "42");
    }

    static BoletoRequest caixa() {
        return request("104", "1565", null, "RG", "123456", "42");
    }

    static BoletoRequest santander() {
        return request("033", "1333", null, "101", "0707077", "42");
    }

    static BoletoRequest request(
            String bank, String agency, String account, String wallet, String agreement, String nossoNumero) {
        return new BoletoRequest(
                bank,
                agency,
                account,
                wallet,
                agreement,
                nossoNumero,
                15990,
                DUE,
                new Party("Maria Silva", "52998224725"),
                new Party("Provedor Exemplo Ltda", "11222333000181"));
    }

    static BoletoRequest withAgreement(BoletoRequest r, String agreement) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                r.account(),
                r.wallet(),
                agreement,
                r.nossoNumero(),
                r.amountCentavos(),
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withWallet(BoletoRequest r, String wallet) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                r.account(),
                wallet,
                r.agreement(),
                r.nossoNumero(),
                r.amountCentavos(),
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withAccount(BoletoRequest r, String account) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                account,
                r.wallet(),
                r.agreement(),
                r.nossoNumero(),
                r.amountCentavos(),
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withNossoNumero(BoletoRequest r, String nossoNumero) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                r.account(),
                r.wallet(),
                r.agreement(),
                nossoNumero,
                r.amountCentavos(),
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withAmount(BoletoRequest r, long centavos) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                r.account(),
                r.wallet(),
                r.agreement(),
                r.nossoNumero(),
                centavos,
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withDue(BoletoRequest r, LocalDate due) {
        return new BoletoRequest(
                r.bank(),
                r.agency(),
                r.account(),
                r.wallet(),
                r.agreement(),
                r.nossoNumero(),
                r.amountCentavos(),
                due,
                r.payer(),
                r.beneficiary());
    }

    static BoletoRequest withBank(BoletoRequest r, String bank) {
        return new BoletoRequest(
                bank,
                r.agency(),
                r.account(),
                r.wallet(),
                r.agreement(),
                r.nossoNumero(),
                r.amountCentavos(),
                r.dueDate(),
                r.payer(),
                r.beneficiary());
    }
}
