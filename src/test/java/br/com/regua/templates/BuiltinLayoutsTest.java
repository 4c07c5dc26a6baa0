package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltinLayoutsTest {

    /** GSM 03.38 basic set (one septet each) and its extension table (two septets: escape + char). */
    private static final String GSM7_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private static final String GSM7_EXTENSION = "^{}\\[~]|€\f";

    private static final BuiltinLayouts BUILTINS = new BuiltinLayouts();
    private final LayoutRenderer renderer = new LayoutRenderer();

    static Stream<Template> all() {
        return BUILTINS.all().stream();
    }

    static Stream<Template> channel(Channel channel) {
        return all().filter(t -> t.channel() == channel);
    }

    static Stream<Template> emails() {
        return channel(Channel.EMAIL);
    }

    static Stream<Template> sms() {
        return channel(Channel.SMS);
    }

    static Stream<Template> whatsapp() {
        return channel(Channel.WHATSAPP);
    }

    @Test
    void every_id_the_rules_and_the_planner_use_is_there_with_the_channel_its_name_says() {
        assertThat(all().map(Template::id)).containsExactlyElementsOf(BuiltinLayouts.IDS);
        all().forEach(t -> {
            assertThat(t.id()).endsWith("-" + t.channel().name().toLowerCase());
            assertThat(t.builtin()).isTrue();
            assertThat(t.name()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("sms")
    void an_sms_fits_one_gsm7_message_with_the_example_values(Template layout) {
        String text = renderer.render(layout, Variable.examples()).text();

        assertThat(text).doesNotContain("{{").doesNotContain("{%");
        assertThat(text.chars().filter(c -> GSM7_BASIC.indexOf(c) < 0 && GSM7_EXTENSION.indexOf(c) < 0))
                .as("characters outside GSM-7 in %s", text)
                .isEmpty();
        long septets =
                text.chars().map(c -> GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum();
        assertThat(septets).as(text).isLessThanOrEqualTo(160);
    }

    @ParameterizedTest
    @MethodSource("whatsapp")
    void a_whatsapp_layout_is_an_approved_template_with_ordered_one_line_parameters(Template layout) {
        RenderedMessage rendered = renderer.render(layout, Variable.examples());

        assertThat(rendered.whatsapp().name()).matches("[a-z0-9_]+");
        assertThat(rendered.whatsapp().language()).isEqualTo("pt_BR");
        // The on-due one says when it falls due as seen on the day it goes ("hoje, 20/02/2021").
        String due = layout.id().equals("builtin-on-due-whatsapp") ? "hoje, 20/02/2021" : "20/02/2021";
        assertThat(rendered.whatsapp().parameters())
                .containsExactly(
                        "Maria Silva",
                        "R$ 159,90",
                        "Provedor Exemplo",
                        due,
                        "https://pagamento.provedor.com.br/f/0190a3f2");
        assertThat(rendered.text()).contains("Maria Silva", "R$ 159,90", "20/02/2021");
    }

    @Test
    void whatsapp_parameters_lose_line_breaks_and_space_runs_the_cloud_api_refuses() {
        Map<String, String> values = new HashMap<>(Variable.examples());
        values.put("customerName", "Maria\n\tda     Silva");

        RenderedMessage rendered =
                renderer.render(BUILTINS.find("builtin-on-due-whatsapp").orElseThrow(), values);

        assertThat(rendered.whatsapp().parameters().get(0)).isEqualTo("Maria da Silva");
    }

    @ParameterizedTest
    @MethodSource("emails")
    void an_email_is_a_responsive_table_layout_with_a_text_twin_and_an_unsubscribe_link(Template layout) {
        RenderedMessage rendered = renderer.render(layout, Variable.examples());

        assertThat(rendered.subject()).isNotBlank().doesNotContain("{{").hasSizeLessThan(90);
        assertThat(rendered.html())
                .startsWith("<!DOCTYPE html>")
                .contains("max-width:600px", "role=\"presentation\"", "<title>", "lang=\"pt-BR\"")
                .contains("Provedor Exemplo", "R$ 159,90")
                .contains("href=\"https://pagamento.provedor.com.br/descadastro/0190a3f2\"")
                .doesNotContain("{{", "{%", "%%", "<img", "<script", "<link", "<style");
        assertThat(rendered.text())
                .contains("Provedor Exemplo", "R$ 159,90", "https://pagamento.provedor.com.br/descadastro/0190a3f2")
                .doesNotContain("{{", "{%", "%%", "<");
    }

    @ParameterizedTest
    @MethodSource("emails")
    void an_email_reads_well_without_the_optional_values(Template layout) {
        Map<String, String> values = new HashMap<>(Variable.examples());
        for (String optional : new String[] {
            "digitableLine", "pixCopyPaste", "invoiceUrl", "paymentLink", "description", "unsubscribeLink", "reason"
        }) {
            values.put(optional, "");
        }

        RenderedMessage rendered = renderer.render(layout, values);

        assertThat(rendered.html()).doesNotContain("href=\"\"", "Linha digitável", "Pix copia e cola", "referente a ,");
        assertThat(rendered.text()).doesNotContain("Linha digitável", "Pix copia e cola", ": \n", "\n\n\n");
    }

    @Test
    void a_payment_request_carries_the_button_the_digitable_line_and_pix_in_monospace() {
        for (String id : new String[] {
            "builtin-before-due-email",
            "builtin-on-due-email",
            "builtin-after-due-email",
            "builtin-overdue-notice-email"
        }) {
            RenderedMessage rendered = renderer.render(BUILTINS.find(id).orElseThrow(), Variable.examples());

            assertThat(rendered.html())
                    .as(id)
                    .contains("href=\"https://pagamento.provedor.com.br/f/0190a3f2\"", ">Pagar fatura</a>")
                    .contains("monospace;font-size:14px;line-height:20px;color:#111827;\">"
                            + Variable.DIGITABLE_LINE.example())
                    .contains(Variable.PIX_COPY_PASTE.example())
                    .contains("href=\"https://pagamento.provedor.com.br/f/0190a3f2/boleto.pdf\"");
            assertThat(rendered.text())
                    .as(id)
                    .contains(
                            "Pagar fatura: https://pagamento.provedor.com.br/f/0190a3f2",
                            Variable.DIGITABLE_LINE.example(),
                            Variable.PIX_COPY_PASTE.example());
        }
    }
}
