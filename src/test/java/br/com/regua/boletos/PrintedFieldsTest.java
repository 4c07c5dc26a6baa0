package br.com.regua.boletos;

import static br.com.regua.boletos.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fields a slip prints beside the barcode, with the banks' own check digits. */
class PrintedFieldsTest {

    private final Boletos boletos = new Boletos();

    @Test
    void banco_do_brasil_prints_the_agreement_and_sequence_as_nosso_numero() {
        Boleto boleto = boletos.issue(request("001", "1824-4", "76000-5", "18", "1207113", "9000206"));
        assertThat(boleto.nossoNumero()).isEqualTo("12071130009000206");
        assertThat(boleto.beneficiaryCode()).isEqualTo("1824-4 / 76000-5");
        assertThat(boleto.bankCodeWithDigit()).isEqualTo("001-9");
        assertThat(boleto.wallet()).isEqualTo("18");
    }

    // stella ItauTest (digitoNossoNumero 6) and pyboleto test_banco_itau.py (dv_nosso_numero 1,
    // dv_agencia_conta_cedente 0).
    @ParameterizedTest
    @CsvSource({
        "0167, 45145, 157, 21897666, 157/21897666-6, 0167/45145-9",
        "0293, 01328, 109, 157,      109/00000157-1, 0293/01328-0",
    })
    void itau_prints_wallet_nosso_numero_and_both_dacs(
            String agency, String account, String wallet, String nossoNumero, String printed, String code) {
        Boleto boleto = boletos.issue(request("341", agency, account, wallet, null, nossoNumero));
        assertThat(boleto.nossoNumero()).isEqualTo(printed);
        assertThat(boleto.beneficiaryCode()).isEqualTo(code);
        assertThat(boleto.bankCodeWithDigit()).isEqualTo("341-7");
    }

    // Bradesco's manual examples, as brcobranca's specs quote them ("documentation example").
    @ParameterizedTest
    @CsvSource({
        "19, 2, 19/00000000002-8",
        "19, 1, 19/00000000001-P",
        "19, 6, 19/00000000006-0",
        "09, 1, 09/00000000001-1"
    })
    void bradesco_prints_nosso_numero_with_its_base_7_digit(String wallet, String nossoNumero, String printed) {
        Boleto boleto = boletos.issue(request("237", "1172-0", "0403005-2", wallet, null, nossoNumero));
        assertThat(boleto.nossoNumero()).isEqualTo(printed);
        assertThat(boleto.beneficiaryCode()).isEqualTo("1172-0/0403005-2");
        assertThat(boleto.bankCodeWithDigit()).isEqualTo("237-2");
    }

    // stella CaixaTest / CaixaCarteira24Test: digitoNossoNumero 3 and beneficiary digits 5 and 3.
    @ParameterizedTest
    @CsvSource({
        "0589, SR, 290274, 900000000000132, 24900000000000132-3, 0589/290274-5, SR",
        "3531, 24, 503662, 6,               24000000000000006-3, 3531/503662-3, SR",
    })
    void caixa_prints_the_17_digit_nosso_numero_and_the_beneficiary_check_digit(
            String agency,
            String wallet,
            String code,
            String sequence,
            String printed,
            String beneficiary,
            String shown) {
        Boleto boleto = boletos.issue(request("104", agency, null, wallet, code, sequence));
        assertThat(boleto.nossoNumero()).isEqualTo(printed);
        assertThat(boleto.beneficiaryCode()).isEqualTo(beneficiary);
        assertThat(boleto.wallet()).isEqualTo(shown);
        assertThat(boleto.bankCodeWithDigit()).isEqualTo("104-0");
    }

    // stella SantanderTest (its table of digits, and 105613749501-4) and pyboleto (000001234567-9).
    @ParameterizedTest
    @CsvSource({
        "566612457800, 566612457800-2",
        "566612457801, 566612457801-0",
        "566612457802, 566612457802-9",
        "566612457803, 566612457803-7",
        "566612457804, 566612457804-5",
        "566612457810, 566612457810-0",
        "105613749501, 105613749501-4",
        "1234567,      000001234567-9",
        "1,            000000000001-9",
    })
    void santander_prints_nosso_numero_with_its_check_digit(String nossoNumero, String printed) {
        Boleto boleto = boletos.issue(request("033", "1333", null, "101", "0707077", nossoNumero));
        assertThat(boleto.nossoNumero()).isEqualTo(printed);
        assertThat(boleto.beneficiaryCode()).isEqualTo("1333/0707077");
        assertThat(boleto.bankCodeWithDigit()).isEqualTo("033-7");
    }

    @Test
    void caixa_registered_wallet_is_printed_rg_with_modality_14() {
        Boleto boleto = boletos.issue(request("104", "1565", null, "1", "123456", "8019525086"));
        assertThat(boleto.nossoNumero()).startsWith("14000008019525086-");
        assertThat(boleto.beneficiaryCode()).isEqualTo("1565/123456-0");
        assertThat(boleto.wallet()).isEqualTo("RG");
    }

    @Test
    void the_boleto_carries_amount_due_date_and_parties_unchanged() {
        BoletoRequest request = Requests.bancoDoBrasil();
        Boleto boleto = boletos.issue(request);
        assertThat(boleto.amountCentavos()).isEqualTo(15990);
        assertThat(boleto.dueDate()).isEqualTo(Requests.DUE);
        assertThat(boleto.payer()).isEqualTo(request.payer());
        assertThat(boleto.beneficiary()).isEqualTo(request.beneficiary());
        assertThat(boleto.bankName()).isEqualTo("Banco do Brasil");
        assertThat(boleto.barcode().substring(9, 19)).isEqualTo("0000015990");
    }
}
