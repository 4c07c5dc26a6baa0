package br.com.regua.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.SmsSegments.Encoding;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSegmentsTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
    void a_gsm7_text_is_one_sms_up_to_160_septets_and_153_a_part_beyond(int length, int segments) {
        SmsSegments count = SmsSegments.of("a".repeat(length));

        assertThat(count.encoding()).isEqualTo(Encoding.GSM_7);
        assertThat(count.units()).isEqualTo(length);
        assertThat(count.segments()).isEqualTo(segments);
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3"})
    void one_character_outside_gsm7_makes_it_ucs2_of_70_and_67_a_part(int length, int segments) {
        SmsSegments count = SmsSegments.of("ã" + "a".repeat(length - 1));

        assertThat(count.encoding()).isEqualTo(Encoding.UCS_2);
        assertThat(count.units()).isEqualTo(length);
        assertThat(count.segments()).isEqualTo(segments);
    }

    @Test
    void the_portuguese_accents_outside_the_basic_set_force_ucs2_and_those_inside_do_not() {
        for (String outside : new String[] {"ã", "õ", "ç", "á", "í", "ó", "ú", "â", "ê", "ô", "Ã", "Á", "“"}) {
            assertThat(SmsSegments.of("vence " + outside).encoding())
                    .as(outside)
                    .isEqualTo(Encoding.UCS_2);
        }
        for (String inside : new String[] {
            "é", "è", "ù", "ì", "ò", "Ç", "Ø", "ø", "Å", "å", "Ä", "Ö", "Ñ", "Ü", "§", "à", "ä", "ö", "ñ", "ü", "É",
            "¿", "¡", "£", "¥", "¤"
        }) {
            assertThat(SmsSegments.of("vence " + inside).encoding()).as(inside).isEqualTo(Encoding.GSM_7);
        }
    }

    @Test
    void an_extension_character_counts_two_septets() {
        assertThat(SmsSegments.of("€".repeat(80))).isEqualTo(new SmsSegments(Encoding.GSM_7, 160, 1));
        assertThat(SmsSegments.of("€".repeat(81))).isEqualTo(new SmsSegments(Encoding.GSM_7, 162, 2));
        assertThat(SmsSegments.of("{}[]~^|\\\f").units()).isEqualTo(18);
    }

    @Test
    void an_escape_and_its_character_are_not_split_between_two_parts() {
        // 152 septets, then "€" (2) would end on septet 154 of a 153-septet part: it starts the next.
        assertThat(SmsSegments.of("a".repeat(152) + "€" + "a".repeat(151)).segments())
                .isEqualTo(2);
        assertThat(SmsSegments.of("a".repeat(152) + "€" + "a".repeat(152)).segments())
                .isEqualTo(3);
    }

    @Test
    void an_emoji_is_two_ucs2_units_never_split() {
        assertThat(SmsSegments.of("😀".repeat(35))).isEqualTo(new SmsSegments(Encoding.UCS_2, 70, 1));
        // 33 emoji fill 66 units of the first part; the 34th cannot use the last unit alone.
        assertThat(SmsSegments.of("😀".repeat(67)).segments()).isEqualTo(3);
    }

    /** Property, over random texts: the parts hold the whole text and no part is bigger than it may be. */
    @Test
    void for_any_text_the_count_matches_the_per_part_limits() {
        Random random = new Random(20_260_322L);
        String alphabet = SmsSegments.GSM7_BASIC + SmsSegments.GSM7_EXTENSION + "ãçáõ😀";
        for (int run = 0; run < 2_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(500);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isSurrogate(alphabet.charAt(at))) {
                    text.append("😀");
                } else {
                    text.append(alphabet.charAt(at));
                }
            }
            String s = text.toString();
            SmsSegments count = SmsSegments.of(s);

            boolean gsm = SmsSegments.isGsm7(s);
            assertThat(count.encoding()).isEqualTo(gsm ? Encoding.GSM_7 : Encoding.UCS_2);
            int single = gsm ? 160 : 70;
            int part = gsm ? 153 : 67;
            if (count.units() <= single) {
                assertThat(count.segments()).as(s).isEqualTo(1);
            } else {
                // Full parts at best; at worst each part leaves one unit free (a pair not split).
                int least = (count.units() + part - 1) / part;
                int most = (count.units() + part - 2) / (part - 1);
                assertThat(count.segments()).as(s).isBetween(Math.max(2, least), most);
            }
        }
    }
}
