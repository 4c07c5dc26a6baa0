package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.delivery.SmsSegments;
import br.com.regua.shared.Channel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in SMS with the longest values a real charge has, as the dispatcher gives them to an
 * SMS layout (accents outside GSM-7 taken off the values, {@link SmsSegments#toGsm7}).
 */
class SmsLayoutLengthTest {

    /** 60 characters, with the accents a Brazilian name has. */
    static final String LONGEST_CUSTOMER = "Maria da Conceição Aparecida Gonçalves de Magalhães Brandões";

    /** 40 characters. */
    static final String LONGEST_MERCHANT = "Provedor de Internet São João Fibra Ltda";

    /**
     * The invoice link the tests' public URL (https://cobranca.provedor.com.br) gives: "/faturas/",
     * a base64url token of two ids (32 bytes) and a 16-byte MAC (64 characters), "/boleto.pdf".
     */
    static final String LONGEST_LINK = "https://cobranca.provedor.com.br/faturas/" + "A".repeat(64) + "/boleto.pdf";

    private static final BuiltinLayouts BUILTINS = new BuiltinLayouts();
    private final LayoutRenderer renderer = new LayoutRenderer();

    static Stream<String> smsLayouts() {
        return BUILTINS.all().stream().filter(t -> t.channel() == Channel.SMS).map(Template::id);
    }

    @ParameterizedTest
    @MethodSource("smsLayouts")
    void an_sms_without_a_link_is_one_gsm7_sms_with_the_longest_names_and_amount(String id) {
        for (String dueToday : new String[] {"sim", ""}) {
            String text = render(id, dueToday, "");

            SmsSegments count = SmsSegments.of(text);
            assertThat(count.encoding()).as(text).isEqualTo(SmsSegments.Encoding.GSM_7);
            assertThat(text.length()).as(text).isLessThanOrEqualTo(160);
            assertThat(count.segments()).as(text).isEqualTo(1);
            assertThat(text).contains("Maria da Conceicao Aparecida Goncalves de Magalhaes Brandoes", "R$ 999.999,99");
        }
    }

    @ParameterizedTest
    @MethodSource("smsLayouts")
    void an_sms_with_the_longest_invoice_link_stays_gsm7_and_is_counted_as_two_sms(String id) {
        for (String dueToday : new String[] {"sim", ""}) {
            String text = render(id, dueToday, LONGEST_LINK);

            SmsSegments count = SmsSegments.of(text);
            assertThat(count.encoding()).as(text).isEqualTo(SmsSegments.Encoding.GSM_7);
            assertThat(text).endsWith(LONGEST_LINK);
            // The link alone is 116 of the 160 characters: with names it cannot be one SMS.
            assertThat(count.segments()).as(text).isEqualTo(2);
        }
    }

    private String render(String id, String dueToday, String link) {
        Map<String, String> values = new HashMap<>(Variable.examples());
        values.put("customerName", LONGEST_CUSTOMER);
        values.put("merchantName", LONGEST_MERCHANT);
        values.put("amount", Variable.money(99_999_999));
        values.put("dueDate", Variable.date(LocalDate.of(2026, 3, 22)));
        values.put("dueToday", dueToday);
        values.put("digitableLine", "00190.00009 01234.567004 00000.001180 9 85370000015990");
        values.put("paymentLink", link);
        values.put("invoiceUrl", link);
        values.replaceAll((key, value) -> SmsSegments.toGsm7(value));
        return renderer.render(BUILTINS.find(id).orElseThrow(), values).text();
    }
}
