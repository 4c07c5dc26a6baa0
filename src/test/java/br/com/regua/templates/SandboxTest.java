package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.InvalidFieldException;
import br.com.regua.templates.Sandbox.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxTest {

    private final Sandbox sandbox = new Sandbox();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{{ customerName.getClass() }}",
                "{{ customerName.class.forName(\"java.lang.Runtime\") }}",
                "{{ customerName.class }}",
                "{{ customerName[\"class\"] }}",
                "{{ customerName.bytes }}",
                "{% if false %}{{ customerName.getClass() }}{% endif %}",
                "{{ amount == '1' ? customerName.getClass() : '' }}"
            })
    void calling_code_is_refused_at_compile_time(String source) {
        assertThatThrownBy(() -> sandbox.check("html", source, Target.HTML))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("html");
                    assertThat(e.getMessage()).contains("acesso a atributos ou métodos não é permitido".split(" ")[0]);
                    assertThat(e.getMessage()).startsWith("linha 1: acesso a atributos ou métodos");
                });
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "{% include \"/etc/passwd\" %} => a tag {% include %} não é permitida",
                "{% import \"/etc/passwd\" %} => a tag {% import %} não é permitida",
                "{% extends \"/etc/passwd\" %} => a tag {% extends %} não é permitida",
                "{% embed \"/etc/passwd\" %}{% endembed %} => a tag {% embed %} não é permitida",
                "{% from \"/etc/passwd\" import x %} => a tag {% from %} não é permitida",
                "{% autoescape false %}{{ customerName }}{% endautoescape %} => a tag {% autoescape %} não é permitida",
                "{% for i in range(1, 100000000) %}x{% endfor %} => a tag {% for %} não é permitida",
                "{% set x = customerName %} => a tag {% set %} não é permitida",
                "{% macro m() %}{{ m() }}{% endmacro %} => a tag {% macro %} não é permitida",
                "{% parallel %}x{% endparallel %} => a tag {% parallel %} não é permitida",
                "{{ range(1, 100000000) }} => chamada de função (\"range()\") não é permitida",
                "{{ i18n(\"messages\", \"x\") }} => chamada de função (\"i18n()\") não é permitida",
                "{{ customerName | raw }} => o filtro \"raw\" não é permitido",
                "{{ customerName | escape(\"js\") }} => o filtro \"escape\" não é permitido",
                "{{ customerName | escape(strategy=\"css\") }} => o filtro \"escape\" não é permitido",
                "{{ customerName | split(\"\") }} => o filtro \"split\" não é permitido",
                "{{ customer }} => variável desconhecida \"customer\"",
                "{{ _context }} => variável desconhecida \"_context\"",
                "{% if false %}{{ password }}{% endif %} => variável desconhecida \"password\"",
                "{{ [customerName, amount] }} => expressão não permitida",
                "{{ 1..100000000 }} => expressão não permitida",
                "{{ customerName is defined }} => o teste \"defined\" não é permitido",
                "{{ customerName |}} => o layout não pôde ser processado"
            })
    void templates_that_reach_beyond_their_text_are_refused_with_a_clear_message(String source, String message) {
        assertThatThrownBy(() -> sandbox.check("text", source, Target.TEXT))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void a_script_in_a_customer_name_is_escaped_in_html_and_left_alone_in_text() {
        var values = Map.of("customerName", "<script>alert(1)</script>", "merchantName", "Ana & Filhos \"Ltda\"");
        String source = "<p>{{ customerName }} · {{ merchantName | upper }} · {{ customerName ~ '!' }}</p>";

        assertThat(sandbox.render(source, Target.HTML, values))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt; · ANA &amp; FILHOS &quot;LTDA&quot; · "
                        + "&lt;script&gt;alert(1)&lt;/script&gt;!</p>");
        assertThat(sandbox.render("{{ customerName }}", Target.TEXT, values)).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void line_breaks_in_values_never_reach_a_header() {
        var values = Map.of("customerName", "Maria\r\nBcc: victim@example.com\nX-Evil: 1", "dueDate", "20/02/2021");

        String subject = sandbox.render("Fatura de {{ customerName }} vence {{ dueDate }}", Target.HEADER, values);

        assertThat(subject).doesNotContain("\r").doesNotContain("\n");
        assertThat(subject).isEqualTo("Fatura de Maria Bcc: victim@example.com X-Evil: 1 vence 20/02/2021");
    }

    @Test
    void a_subject_layout_with_a_line_break_is_refused() {
        assertThatThrownBy(() -> sandbox.check("subject", "Fatura\r\nBcc: x@example.com", Target.HEADER))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("subject"));
    }

    @Test
    void what_a_layout_may_do_it_does() {
        String source = """
                {% if digitableLine is not empty %}Linha: {{ digitableLine }}{% else %}sem boleto{% endif %}
                {{ customerName | upper }} {{ description | default("fatura") | capitalize }} {{ days == "1" ? "amanhã" : "em " ~ days ~ " dias" }}
                {{ paymentLink | urlencode }}""";

        assertThat(sandbox.render(
                        source,
                        Target.TEXT,
                        Map.of("customerName", "Maria", "days", "13", "paymentLink", "https://x/?a=b")))
                .isEqualTo("sem boleto\nMARIA Fatura em 13 dias\nhttps%3A%2F%2Fx%2F%3Fa%3Db");
    }

    @Test
    void a_render_stops_at_the_maximum_size() {
        String big = "x".repeat(Sandbox.MAX_TEXT_CHARS);

        assertThatThrownBy(() ->
                        sandbox.render("{{ description }}{{ description }}", Target.TEXT, Map.of("description", big)))
                .isInstanceOf(io.pebbletemplates.pebble.error.PebbleException.class)
                .hasMessageContaining("Tried to write more than");
    }
}
