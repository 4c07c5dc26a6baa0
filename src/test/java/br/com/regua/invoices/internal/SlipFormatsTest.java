package br.com.regua.invoices.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlipFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | R$ 0,00",
                "1 | R$ 0,01",
                "15990 | R$ 159,90",
                "100000 | R$ 1.000,00",
                "123456789 | R$ 1.234.567,89",
                "9999999999 | R$ 99.999.999,99",
                "-15990 | -R$ 159,90",
            })
    void money_is_written_the_brazilian_way(long centavos, String written) {
        assertThat(SlipFormats.brl(centavos)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "52998224725 | CPF 529.982.247-25",
                "529.982.247-25 | CPF 529.982.247-25",
                "11222333000181 | CNPJ 11.222.333/0001-81",
                "11.222.333/0001-81 | CNPJ 11.222.333/0001-81",
                "12ABC34501DE35 | CNPJ 12.ABC.345/01DE-35",
                "123 | 123",
            })
    void documents_are_labelled_and_punctuated(String document, String written) {
        assertThat(SlipFormats.labelledDocument(document)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-10, 10/03/2026", "2025-02-22, 22/02/2025"})
    void dates_are_day_month_year(LocalDate date, String written) {
        assertThat(SlipFormats.date(date)).isEqualTo(written);
    }
}
