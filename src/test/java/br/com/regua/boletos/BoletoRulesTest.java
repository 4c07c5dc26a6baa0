package br.com.regua.boletos;

import static br.com.regua.boletos.Requests.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.InvalidFieldException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad bank data is refused with the field it concerns, never a crash. */
class BoletoRulesTest {

    private final Boletos boletos = new Boletos();

    static Stream<BoletoRequest> everyBank() {
        return Stream.of(bancoDoBrasil(), itau(), bradesco(), caixa(), santander());
    }

    @ParameterizedTest
    @ValueSource(strings = {"756", "748", "999", "", "1"})
    void an_unsupported_bank_is_refused_on_boleto_bank(String bank) {
        assertThatThrownBy(() -> boletos.issue(withBank(bancoDoBrasil(), bank)))
                .isInstanceOf(UnsupportedBankException.class)
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("001, 033, 104, 237, 341")
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("boleto.bank");
    }

    @Test
    void a_null_bank_is_refused_on_boleto_bank() {
        assertThatThrownBy(() -> boletos.issue(withBank(bancoDoBrasil(), null)))
                .isInstanceOf(UnsupportedBankException.class);
    }

    @Test
    void the_five_banks_are_supported() {
        assertThat(Bank.codes()).containsExactly("001", "033", "104", "237", "341");
    }

    @ParameterizedTest
    @MethodSource("everyBank")
    void every_bank_issues_a_consistent_boleto(BoletoRequest request) {
        Boleto boleto = boletos.issue(request);
        IndependentCheck.assertConsistent(boleto.barcode(), boleto.digitableLine());
        assertThat(boleto.barcode()).startsWith(request.bank() + "9");
    }

    @ParameterizedTest
    @MethodSource("everyBank")
    void amounts_outside_one_centavo_to_99_999_999_99_are_refused(BoletoRequest request) {
        assertThat(field(() -> boletos.issue(withAmount(request, 0)))).isEqualTo("amount");
        assertThat(field(() -> boletos.issue(withAmount(request, -1)))).isEqualTo("amount");
        assertThat(field(() -> boletos.issue(withAmount(request, 10_000_000_000L))))
                .isEqualTo("amount");
        assertThat(boletos.issue(withAmount(request, 9_999_999_999L)).barcode().substring(9, 19))
                .isEqualTo("9999999999");
        assertThat(boletos.issue(withAmount(request, 1)).barcode().substring(9, 19))
                .isEqualTo("0000000001");
    }

    @ParameterizedTest
    @MethodSource("everyBank")
    void a_due_date_before_the_first_factor_is_refused(BoletoRequest request) {
        assertThat(field(() -> boletos.issue(withDue(request, LocalDate.of(2000, 7, 2)))))
                .isEqualTo("dueDate");
        assertThat(field(() -> boletos.issue(withDue(request, null)))).isEqualTo("dueDate");
        assertThat(boletos.issue(withDue(request, LocalDate.of(2000, 7, 3)))
                        .barcode()
                        .substring(5, 9))
                .isEqualTo("1000");
    }

    @ParameterizedTest
    @MethodSource("everyBank")
    void due_dates_decades_away_still_issue(BoletoRequest request) {
        // stella refuses a due date 5,500 days after the document date; Febraban does not.
        Boleto boleto = boletos.issue(withDue(request, LocalDate.of(2099, 12, 31)));
        IndependentCheck.assertConsistent(boleto.barcode(), boleto.digitableLine());
    }

    @ParameterizedTest
    @MethodSource("everyBank")
    void a_nosso_numero_that_is_not_digits_is_refused(BoletoRequest request) {
        assertThat(field(() -> boletos.issue(withNossoNumero(request, "12a")))).isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(request, null)))).isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(request, "1234567890123456"))))
                .isEqualTo("nossoNumero");
    }

    @Test
    void each_bank_refuses_a_nosso_numero_one_digit_longer_than_its_layout() {
        assertThat(field(() -> boletos.issue(withNossoNumero(bancoDoBrasil(), "12345678901"))))
                .isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(itau(), "123456789"))))
                .isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(bradesco(), "123456789012"))))
                .isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(caixa(), "1234567890123456"))))
                .isEqualTo("nossoNumero");
        assertThat(field(() -> boletos.issue(withNossoNumero(santander(), "1234567890123"))))
                .isEqualTo("nossoNumero");
        assertThat(boletos.issue(withNossoNumero(bancoDoBrasil(), "1234567890")).nossoNumero())
                .isEqualTo("12345671234567890");
        assertThat(boletos.issue(withNossoNumero(itau(), "0012345678")).nossoNumero())
                .startsWith("109/12345678-");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456", "1234", "12345678", "0123456"})
    void banco_do_brasil_needs_a_seven_digit_agreement(String agreement) {
        assertThatThrownBy(() -> boletos.issue(withAgreement(bancoDoBrasil(), agreement)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("7 dígitos")
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("boleto.agreement");
    }

    @Test
    void itau_refuses_an_account_digit_that_does_not_match_agency_and_account() {
        assertThat(boletos.issue(withAccount(itau(), "01328-0")).beneficiaryCode())
                .isEqualTo("0293/01328-0");
        assertThatThrownBy(() -> boletos.issue(withAccount(itau(), "01328-1")))
                .hasMessageContaining("calcula 0")
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("boleto.account");
    }

    @ParameterizedTest
    @ValueSource(strings = {"198", "106", "126", "168"})
    void itau_refuses_wallets_with_another_barcode_layout(String wallet) {
        assertThat(field(() -> boletos.issue(withWallet(itau(), wallet)))).isEqualTo("boleto.wallet");
    }

    @Test
    void caixa_needs_its_six_digit_beneficiary_code_and_checks_a_seventh() {
        assertThat(field(() -> boletos.issue(withAgreement(caixa(), null)))).isEqualTo("boleto.agreement");
        assertThat(field(() -> boletos.issue(withAgreement(caixa(), "12345")))).isEqualTo("boleto.agreement");
        assertThat(field(() -> boletos.issue(withAgreement(caixa(), "1234561"))))
                .isEqualTo("boleto.agreement");
        assertThat(boletos.issue(withAgreement(caixa(), "1234560")).beneficiaryCode())
                .isEqualTo("1565/123456-0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CS", "3", "17", ""})
    void caixa_knows_only_the_registered_and_unregistered_wallets(String wallet) {
        assertThat(field(() -> boletos.issue(withWallet(caixa(), wallet)))).isEqualTo("boleto.wallet");
    }

    @Test
    void caixa_free_field_digit_is_zero_where_stella_standard_rule_would_give_one() {
        // Among sequences 0..199 some free fields have a remainder of 0 or 1; SIGCB says 0 there.
        long zeros = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> boletos.issue(withNossoNumero(caixa(), String.valueOf(i))))
                .filter(b -> {
                    String free = b.barcode().substring(19);
                    int sum = 0;
                    int weight = 2;
                    for (int i = 23; i >= 0; i--) {
                        sum += (free.charAt(i) - '0') * weight;
                        weight = weight == 9 ? 2 : weight + 1;
                    }
                    int expected = 11 - sum % 11 > 9 ? 0 : 11 - sum % 11;
                    assertThat(free.charAt(24) - '0').isEqualTo(expected);
                    return sum % 11 <= 1;
                })
                .count();
        assertThat(zeros).isPositive();
    }

    @Test
    void santander_needs_its_beneficiary_code() {
        assertThat(field(() -> boletos.issue(withAgreement(santander(), null)))).isEqualTo("boleto.agreement");
        assertThat(field(() -> boletos.issue(withAgreement(santander(), "12345678"))))
                .isEqualTo("boleto.agreement");
    }

    @Test
    void agencies_over_four_digits_are_refused_and_a_hyphen_marks_the_check_digit() {
        assertThat(field(() -> boletos.issue(request("237", "12345", "6580", "9", null, "1"))))
                .isEqualTo("boleto.agency");
        assertThat(boletos.issue(request("237", "1234-5", "6580", "9", null, "1"))
                        .beneficiaryCode())
                .isEqualTo("1234-5/0006580");
        assertThat(field(() -> boletos.issue(request("237", "12.34", "6580", "9", null, "1"))))
                .isEqualTo("boleto.agency");
    }

    @Test
    void wallets_must_be_digits_where_the_bank_numbers_them() {
        assertThat(field(() -> boletos.issue(withWallet(bancoDoBrasil(), "RG"))))
                .isEqualTo("boleto.wallet");
        assertThat(field(() -> boletos.issue(withWallet(bancoDoBrasil(), "123"))))
                .isEqualTo("boleto.wallet");
        assertThat(field(() -> boletos.issue(withWallet(santander(), "1011")))).isEqualTo("boleto.wallet");
    }

    private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidFieldException.class);
        return ((InvalidFieldException) thrown).field();
    }
}
