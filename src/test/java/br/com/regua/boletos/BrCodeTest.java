package br.com.regua.boletos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrCodeTest {

    /** The example of the Banco Central's BR Code manual (ManualBRCode.pdf), CRC 1D3D. */
    private static final String MANUAL_EXAMPLE = "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
            + "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D";

    @Test
    void the_banco_central_manual_example_is_reproduced_with_its_crc() {
        String payload = BrCode.staticPayload(
                new PixRequest("123e4567-e12b-12d1-a456-426655440000", null, "Fulano de Tal", "BRASILIA", null));
        assertThat(payload).isEqualTo(MANUAL_EXAMPLE);
        assertThat(BrCode.hasValidCrc(MANUAL_EXAMPLE)).isTrue();
    }

    @Test
    void the_crc_is_ccitt_false() {
        // The catalogue check value of CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF).
        assertThat(BrCode.crc("123456789")).isEqualTo("29B1");
        assertThat(BrCode.crc("")).isEqualTo("FFFF");
    }

    @Test
    void any_changed_character_breaks_the_crc() {
        for (int i = 0; i < MANUAL_EXAMPLE.length() - 4; i++) {
            char changed = MANUAL_EXAMPLE.charAt(i) == 'A' ? 'B' : 'A';
            String tampered = MANUAL_EXAMPLE.substring(0, i) + changed + MANUAL_EXAMPLE.substring(i + 1);
            assertThat(BrCode.hasValidCrc(tampered)).as("changed at %d", i).isFalse();
        }
    }

    @Test
    void a_charge_payload_has_every_field_in_order_with_right_lengths() {
        String payload = BrCode.staticPayload(
                new PixRequest("11222333000181", 15990L, "Provedor Exemplo", "São Paulo", "REGUA0001"));
        Map<String, String> fields = fields(payload);
        assertThat(fields.keySet()).containsExactly("00", "26", "52", "53", "54", "58", "59", "60", "62", "63");
        assertThat(fields.get("00")).isEqualTo("01");
        assertThat(fields(fields.get("26")))
                .containsExactly(Map.entry("00", "br.gov.bcb.pix"), Map.entry("01", "11222333000181"));
        assertThat(fields.get("52")).isEqualTo("0000");
        assertThat(fields.get("53")).isEqualTo("986");
        assertThat(fields.get("54")).isEqualTo("159.90");
        assertThat(fields.get("58")).isEqualTo("BR");
        assertThat(fields.get("59")).isEqualTo("Provedor Exemplo");
        assertThat(fields.get("60")).isEqualTo("Sao Paulo");
        assertThat(fields(fields.get("62"))).containsExactly(Map.entry("05", "REGUA0001"));
        assertThat(BrCode.hasValidCrc(payload)).isTrue();
    }

    @ParameterizedTest(name = "{0} centavos → {1}")
    @CsvSource({
        "1, 0.01",
        "10, 0.10",
        "100, 1.00",
        "15990, 159.90",
        "123456789, 1234567.89",
        "999999999999, 9999999999.99"
    })
    void amounts_are_written_with_a_point_and_two_decimals(long centavos, String written) {
        String payload = BrCode.staticPayload(new PixRequest("a@b.com", centavos, "Loja", "Recife", null));
        assertThat(fields(payload).get("54")).isEqualTo(written);
    }

    @Test
    void amounts_out_of_range_are_refused() {
        for (long centavos : new long[] {0, -5, 1_000_000_000_000L}) {
            assertThatThrownBy(() -> BrCode.staticPayload(new PixRequest("a@b.com", centavos, "Loja", "Recife", null)))
                    .isInstanceOf(InvalidFieldException.class);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Escolinha São João da Praça Ltda ME | Escolinha Sao Joao da Pra",
                "  Açaí   &  Cia. | Acai & Cia.",
                "Café ☕ Ltda | Cafe Ltda",
                "ÉÈÊËÇÑ ãõ | EEEECN ao",
                "Provedor Exemplo Serviços De Int | Provedor Exemplo Servicos",
                "1234567890123456789012345 | 1234567890123456789012345",
                "Empresa Com Nome Com Espaço Depois | Empresa Com Nome Com Espa",
            })
    void merchant_names_are_folded_to_ascii_and_cut_to_25(String name, String written) {
        String payload = BrCode.staticPayload(new PixRequest("a@b.com", null, name, "Recife", null));
        assertThat(fields(payload).get("59")).isEqualTo(written).hasSizeLessThanOrEqualTo(25);
        assertThat(BrCode.hasValidCrc(payload)).isTrue();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "São José dos Campos | Sao Jose dos Ca",
                "Florianópolis | Florianopolis",
                "Itaquaquecetuba SP | Itaquaquecetuba",
                "Mogi das Cruzes X | Mogi das Cruzes",
                "Ji Paraná Norte e Sul | Ji Parana Norte",
                "São João del Rei | Sao Joao del Re",
            })
    void merchant_cities_are_folded_and_cut_to_15(String city, String written) {
        String payload = BrCode.staticPayload(new PixRequest("a@b.com", null, "Loja", city, null));
        assertThat(fields(payload).get("60")).isEqualTo(written).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void a_cut_that_ends_in_a_space_drops_the_space() {
        String payload = BrCode.staticPayload(new PixRequest("a@b.com", null, "Loja", "Santa Rita do S", null));
        assertThat(fields(payload).get("60")).isEqualTo("Santa Rita do S");
        payload = BrCode.staticPayload(new PixRequest("a@b.com", null, "Loja", "Santa Rita do  Sapucai", null));
        assertThat(fields(payload).get("60")).isEqualTo("Santa Rita do S");
        payload = BrCode.staticPayload(new PixRequest("a@b.com", null, "Loja", "Campos dos  Goytacazes", null));
        assertThat(fields(payload).get("60")).isEqualTo("Campos dos Goyt");
    }

    @Test
    void a_name_or_city_with_nothing_printable_is_refused() {
        assertThat(field(() -> BrCode.staticPayload(new PixRequest("a@b.com", null, "東京", "Recife", null))))
                .isEqualTo("pix.merchantName");
        assertThat(field(() -> BrCode.staticPayload(new PixRequest("a@b.com", null, "Loja", "  ", null))))
                .isEqualTo("pix.merchantCity");
        assertThat(field(() -> BrCode.staticPayload(new PixRequest("a@b.com", null, null, "Recife", null))))
                .isEqualTo("pix.merchantName");
    }

    @Test
    void txid_is_three_asterisks_when_absent_and_up_to_25_letters_and_digits_otherwise() {
        assertThat(fields(fields(pix(null)).get("62")).get("05")).isEqualTo("***");
        assertThat(fields(fields(pix(" ")).get("62")).get("05")).isEqualTo("***");
        assertThat(fields(fields(pix("A")).get("62")).get("05")).isEqualTo("A");
        String max = "ABCDEFGHIJKLMNOPQRSTUVWX9";
        assertThat(fields(fields(pix(max)).get("62")).get("05")).isEqualTo(max);
        assertThat(field(() -> pix(max + "0"))).isEqualTo("pix.txid");
        assertThat(field(() -> pix("MENS-2026-10"))).isEqualTo("pix.txid");
        assertThat(field(() -> pix("ção"))).isEqualTo("pix.txid");
    }

    @Test
    void keys_up_to_77_characters_fit_the_99_of_field_26() {
        String key77 = "k".repeat(77);
        String payload = BrCode.staticPayload(new PixRequest(key77, null, "Loja", "Recife", null));
        assertThat(fields(payload).get("26")).hasSize(99);
        assertThat(field(() -> BrCode.staticPayload(new PixRequest(key77 + "k", null, "Loja", "Recife", null))))
                .isEqualTo("pix.key");
        assertThat(field(() -> BrCode.staticPayload(new PixRequest("a b@c.com", null, "Loja", "Recife", null))))
                .isEqualTo("pix.key");
        assertThat(field(() -> BrCode.staticPayload(new PixRequest(null, null, "Loja", "Recife", null))))
                .isEqualTo("pix.key");
        assertThat(fields(fields(BrCode.staticPayload(new PixRequest(" +5511987654321 ", null, "Loja", "Recife", null)))
                                .get("26"))
                        .get("01"))
                .isEqualTo("+5511987654321");
    }

    @Test
    void a_payload_without_the_crc_field_or_too_short_is_not_valid() {
        assertThat(BrCode.hasValidCrc(null)).isFalse();
        assertThat(BrCode.hasValidCrc("6304")).isFalse();
        assertThat(BrCode.hasValidCrc(MANUAL_EXAMPLE.replace("63041D3D", "99041D3D")))
                .isFalse();
        assertThat(BrCode.hasValidCrc(MANUAL_EXAMPLE.replace("1D3D", "1d3d"))).isTrue();
    }

    private static String pix(String txid) {
        return BrCode.staticPayload(new PixRequest("a@b.com", 100L, "Loja", "Recife", txid));
    }

    /** The top-level ID → value pairs of an EMV payload, checking that lengths add up exactly. */
    static Map<String, String> fields(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < payload.length()) {
            String id = payload.substring(i, i + 2);
            int length = Integer.parseInt(payload.substring(i + 2, i + 4));
            fields.put(id, payload.substring(i + 4, i + 4 + length));
            i += 4 + length;
        }
        assertThat(i).as("lengths add up to the payload").isEqualTo(payload.length());
        return fields;
    }

    private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidFieldException.class);
        return ((InvalidFieldException) thrown).field();
    }
}
