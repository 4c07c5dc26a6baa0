package br.com.regua.boletos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.InvalidFieldException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigitableLineTest {

    /** A Banco do Brasil boleto quoted by several public boleto decoders (clipbarcode, an Elixir codec). */
    private static final String BB_LINE = "00190.50095 40144.816069 06809.350314 3 37370000000100";

    private static final String BB_BARCODE = "00193373700000001000500940144816060680935031";

    @Test
    void a_published_linha_digitavel_reads_back_as_its_barcode() {
        assertThat(DigitableLine.toBarcode(BB_LINE)).isEqualTo(BB_BARCODE);
        assertThat(DigitableLine.of(BB_BARCODE)).isEqualTo(BB_LINE);
        IndependentCheck.assertConsistent(BB_BARCODE, BB_LINE);
        assertThat(DueDateFactor.toDate(3737, LocalDate.of(2008, 1, 1))).isEqualTo(LocalDate.of(2007, 12, 31));
    }

    @Test
    void a_line_typed_without_dots_or_spaces_is_read_the_same() {
        assertThat(DigitableLine.toBarcode(BB_LINE.replaceAll("[ .]", ""))).isEqualTo(BB_BARCODE);
        assertThat(DigitableLine.toBarcode("  " + BB_LINE.replace(" ", "  ") + " "))
                .isEqualTo(BB_BARCODE);
    }

    @ParameterizedTest(name = "digit at {0} is wrong")
    @ValueSource(ints = {9, 20, 31, 32})
    void a_wrong_check_digit_is_refused(int index) {
        String digits = BB_LINE.replaceAll("[ .]", "");
        char wrong = (char) ('0' + (digits.charAt(index) - '0' + 1) % 10);
        String typo = digits.substring(0, index) + wrong + digits.substring(index + 1);
        assertThatThrownBy(() -> DigitableLine.toBarcode(typo))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("dígito verificador");
    }

    @Test
    void a_swapped_pair_of_digits_is_caught() {
        String digits = BB_LINE.replaceAll("[ .]", "");
        // positions 12 and 13 ("14" in field 2) swapped
        String swapped = digits.substring(0, 12) + digits.charAt(13) + digits.charAt(12) + digits.substring(14);
        assertThatThrownBy(() -> DigitableLine.toBarcode(swapped)).isInstanceOf(InvalidFieldException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0019050095", "00190.50095 40144.816069 06809.350314 3 3737000000010", "abc"})
    void anything_but_47_digits_is_refused(String line) {
        assertThatThrownBy(() -> DigitableLine.toBarcode(line)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void a_null_line_is_refused() {
        assertThatThrownBy(() -> DigitableLine.toBarcode(null)).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void barcode_and_linha_digitavel_round_trip_for_thousands_of_boletos_of_every_bank() {
        Boletos boletos = new Boletos();
        Random random = new Random(20250222);
        BoletoRequest[] banks = {
            Requests.bancoDoBrasil(), Requests.itau(), Requests.bradesco(), Requests.caixa(), Requests.santander()
        };
        for (int i = 0; i < 2000; i++) {
            BoletoRequest request = banks[i % banks.length];
            request = Requests.withNossoNumero(request, String.valueOf(random.nextInt(99_999_999)));
            request = Requests.withAmount(request, 1 + (long) (random.nextDouble() * 9_999_999_999L));
            request = Requests.withDue(request, LocalDate.of(2000, 7, 3).plusDays(random.nextInt(20_000)));
            Boleto boleto = boletos.issue(request);

            IndependentCheck.assertConsistent(boleto.barcode(), boleto.digitableLine());
            assertThat(DigitableLine.toBarcode(boleto.digitableLine())).isEqualTo(boleto.barcode());
            assertThat(DigitableLine.of(boleto.barcode())).isEqualTo(boleto.digitableLine());
            assertThat(Long.parseLong(boleto.barcode().substring(9, 19))).isEqualTo(request.amountCentavos());
            assertThat(Integer.parseInt(boleto.barcode().substring(5, 9)))
                    .isEqualTo(DueDateFactor.of(request.dueDate()));
        }
    }

    @Test
    void making_a_line_needs_a_44_digit_barcode() {
        assertThatThrownBy(() -> DigitableLine.of("123")).isInstanceOf(IllegalArgumentException.class);
    }
}
