package br.com.regua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private final Formats formats = new Formats();

    @Test
    void money_is_reais_from_centavos_with_thousands_dots_and_a_decimal_comma() {
        assertThat(formats.money(15990L)).isEqualTo("R$ 159,90");
        assertThat(formats.money(5L)).isEqualTo("R$ 0,05");
        assertThat(formats.money(100L)).isEqualTo("R$ 1,00");
        assertThat(formats.money(123456789L)).isEqualTo("R$ 1.234.567,89");
        assertThat(formats.money(99_999_999_999L)).isEqualTo("R$ 999.999.999,99");
        assertThat(formats.money(-15990L)).isEqualTo("-R$ 159,90");
        assertThat(formats.money(null)).isEmpty();
    }

    @Test
    void dates_are_day_month_year_and_instants_are_shown_in_the_account_zone() {
        assertThat(formats.date(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
        assertThat(formats.dateTime(Instant.parse("2026-01-01T02:30:00Z"), ZoneId.of("America/Sao_Paulo")))
                .isEqualTo("31/12/2025 23:30");
        assertThat(formats.date(null)).isEmpty();
    }

    @Test
    void documents_get_the_punctuation_of_cpf_or_cnpj() {
        assertThat(formats.document("52998224725")).isEqualTo("529.982.247-25");
        assertThat(formats.document("11222333000181")).isEqualTo("11.222.333/0001-81");
        assertThat(formats.document("12ABC34501DE35")).isEqualTo("12.ABC.345/01DE-35");
    }

    @Test
    void brazilian_mobiles_are_written_with_area_code_and_foreign_ones_stay_as_they_are() {
        assertThat(formats.phone("+5511987654321")).isEqualTo("(11) 98765-4321");
        assertThat(formats.phone("+351912345678")).isEqualTo("+351912345678");
        assertThat(formats.phone(null)).isEmpty();
    }
}
