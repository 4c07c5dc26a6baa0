package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class TemplatesApiTest extends IntegrationTest {

    @Autowired
    Templates templates;

    static Map<String, Object> anEmailLayout() {
        return new HashMap<>(Map.of(
                "name", "Lembrete do provedor",
                "channel", "EMAIL",
                "subject", "{{ merchantName }}: fatura de {{ amount }} vence em {{ dueDate }}",
                "html", "<p>Olá, {{ customerName }}.</p><p><a href=\"{{ paymentLink }}\">Pagar</a></p>",
                "text", "Olá, {{ customerName }}. Pague em {{ paymentLink }}"));
    }

    @Test
    void the_list_has_every_builtin_layout_and_then_the_accounts_own() {
        Api api = newAccount();
        String own = api.post("/templates", anEmailLayout()).id();

        JsonNode items = api.get("/templates").json().get("items");

        assertThat(items.size()).isEqualTo(BuiltinLayouts.IDS.size() + 1);
        for (int i = 0; i < BuiltinLayouts.IDS.size(); i++) {
            assertThat(items.get(i).get("id").asString()).isEqualTo(BuiltinLayouts.IDS.get(i));
            assertThat(items.get(i).get("builtin").asBoolean()).isTrue();
        }
        assertThat(items.get(BuiltinLayouts.IDS.size()).get("id").asString()).isEqualTo(own);
        assertThat(api.get("/templates").json().get("next").isNull()).isTrue();
    }

    @Test
    void a_builtin_layout_is_read_only_and_is_copied_by_posting_its_content() {
        Api api = newAccount();
        Api.Response builtin = api.get("/templates/builtin-after-due-email");
        assertThat(builtin.status()).isEqualTo(200);
        assertThat(builtin.field("channel")).isEqualTo("EMAIL");

        Api.Response edit = api.put("/templates/builtin-after-due-email", builtin.text());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.field("detail")).contains("crie uma cópia");

        Map<String, Object> copy = new HashMap<>(Map.of(
                "name", "Minha cópia",
                "channel", "EMAIL",
                "subject", builtin.field("subject"),
                "html", builtin.field("html"),
                "text", builtin.field("text")));
        Api.Response created = api.post("/templates", copy);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(UUID.fromString(created.id())).isNotNull();
        assertThat(created.field("builtin")).isEqualTo("false");
        assertThat(api.get("/templates/" + created.id()).field("html")).isEqualTo(builtin.field("html"));
    }

    @Test
    void an_accounts_layout_is_changed_with_put_but_never_changes_channel() {
        Api api = newAccount();
        String id = api.post("/templates", anEmailLayout()).id();
        Map<String, Object> changed = anEmailLayout();
        changed.put("subject", "Novo assunto {{ dueDate }}");

        Api.Response updated = api.put("/templates/" + id, changed);

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.field("subject")).isEqualTo("Novo assunto {{ dueDate }}");
        changed.put("channel", "SMS");
        Api.Response channel = api.put("/templates/" + id, changed);
        assertThat(channel.status()).isEqualTo(400);
        assertThat(channel.errorFields()).containsExactly("channel");
    }

    @Test
    void another_accounts_layout_does_not_exist() {
        Api mine = newAccount();
        Api theirs = newAccount();
        String id = theirs.post("/templates", anEmailLayout()).id();

        assertThat(mine.get("/templates/" + id).status()).isEqualTo(404);
        assertThat(mine.put("/templates/" + id, anEmailLayout()).status()).isEqualTo(404);
        assertThat(mine.post("/templates/" + id + "/preview", null).status()).isEqualTo(404);
        assertThat(mine.get("/templates/not-an-id").status()).isEqualTo(404);
        assertThat(mine.get("/templates/builtin-nothing-email").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "subject => {{ customerName.getClass() }} => acesso a atributos ou métodos",
                "html => {{ customerName.class.forName(\"java.lang.Runtime\") }} => acesso a atributos ou métodos",
                "text => {% include \"/etc/passwd\" %} => a tag {% include %} não é permitida",
                "html => <p>{{ senha }}</p> => variável desconhecida \"senha\"",
                "html => {% if false %}{{ customerName.getClass() }}{% endif %} => acesso a atributos ou métodos",
                "html => {% autoescape false %}{{ customerName }}{% endautoescape %} => a tag {% autoescape %}",
                "html => {{ customerName | raw }} => o filtro \"raw\" não é permitido",
                "text => {{ range(1, 1000000000) }} => chamada de função"
            })
    void a_layout_that_calls_code_reads_files_or_names_unknown_variables_is_refused_when_saved(
            String field, String source, String message) {
        Api api = newAccount();
        Map<String, Object> layout = anEmailLayout();
        layout.put(field, source);

        Api.Response created = api.post("/templates", layout);

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.errorFields()).containsExactly(field);
        assertThat(created.json().get("errors").get(0).get("message").asString())
                .contains(message);
        String own = api.post("/templates", anEmailLayout()).id();
        assertThat(api.put("/templates/" + own, layout).errorFields()).containsExactly(field);
    }

    @Test
    void each_channel_asks_for_its_own_fields() {
        Api api = newAccount();
        Map<String, Object> noHtml = anEmailLayout();
        noHtml.remove("html");
        assertThat(api.post("/templates", noHtml).errorFields()).containsExactly("html");

        Map<String, Object> smsWithSubject =
                Map.of("name", "SMS", "channel", "SMS", "subject", "x", "text", "{{ amount }}");
        assertThat(api.post("/templates", smsWithSubject).errorFields()).containsExactly("subject");

        assertThat(api.post("/templates", Map.of("name", "WA", "channel", "WHATSAPP"))
                        .errorFields())
                .containsExactly("whatsapp");
        Map<String, Object> badParameter = Map.of(
                "name",
                "WA",
                "channel",
                "WHATSAPP",
                "whatsapp",
                Map.of("name", "fatura", "language", "pt_BR", "parameters", List.of("{{ amount }}", "{{ x.y }}")));
        assertThat(api.post("/templates", badParameter).errorFields()).containsExactly("whatsapp.parameters[1]");

        Api.Response channel = api.post("/templates", Map.of("name", "x", "channel", "FAX", "text", "x"));
        assertThat(channel.errorFields()).containsExactly("channel");
        assertThat(channel.json().get("errors").get(0).get("message").asString())
                .contains("EMAIL", "SMS", "WHATSAPP");

        Api.Response subjectBreak = api.post("/templates", withField("subject", "Fatura\r\nBcc: x@example.com"));
        assertThat(subjectBreak.errorFields()).containsExactly("subject");
    }

    @Test
    void a_preview_renders_the_example_values_with_the_accounts_name_and_escapes_customer_data_in_html() {
        Api api = newAccount("Fibra & Cia");
        Api.Response preview = api.post(
                "/templates/builtin-before-due-email/preview",
                Map.of(
                        "variables",
                        Map.of("customerName", "<script>alert(1)</script>", "dueDate", "10/03/2027\r\nBcc: x@y.z")));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.field("html"))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Fibra &amp; Cia", "R$ 159,90")
                .doesNotContain("<script>");
        assertThat(preview.field("text")).contains("Olá, <script>alert(1)</script>.", "Fibra & Cia");
        assertThat(preview.field("subject"))
                .isEqualTo("Lembrete: sua fatura vence em 10/03/2027 Bcc: x@y.z")
                .doesNotContain("\n");
    }

    @Test
    void a_preview_without_a_body_uses_the_examples_and_refuses_unknown_variables() {
        Api api = newAccount();

        Api.Response sms = api.post("/templates/builtin-on-due-sms/preview", null);
        assertThat(sms.status()).isEqualTo(200);
        assertThat(sms.field("subject")).isNull();
        assertThat(sms.field("text")).contains("Maria Silva", "vence hoje, 20/02/2021");

        Api.Response whatsapp = api.post("/templates/builtin-after-due-whatsapp/preview", "{}");
        assertThat(whatsapp.json().get("whatsapp").get("name").asString()).isEqualTo("regua_fatura_em_aberto");
        assertThat(whatsapp.json().get("whatsapp").get("parameters").get(0).asString())
                .isEqualTo("Maria Silva");

        Api.Response unknown =
                api.post("/templates/builtin-on-due-sms/preview", Map.of("variables", Map.of("password", "x")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("variables.password");
    }

    @Test
    void the_facade_renders_for_the_dispatcher_and_tells_rules_which_ids_exist() {
        Tenant tenant = newTenant();
        Tenant other = newTenant();
        String own = tenant.api().post("/templates", anEmailLayout()).id();

        RenderedMessage message = templates.render(
                tenant.id(),
                own,
                Map.of(
                        "customerName", "João <b>",
                        "amount", Variable.money(123456),
                        "dueDate", Variable.date(java.time.LocalDate.of(2027, 3, 10)),
                        "merchantName", "Provedor X",
                        "paymentLink", "https://pagamento.provedor.com.br/f/1"));

        assertThat(message.subject()).isEqualTo("Provedor X: fatura de R$ 1.234,56 vence em 10/03/2027");
        assertThat(message.html()).contains("Olá, João &lt;b&gt;.", "href=\"https://pagamento.provedor.com.br/f/1\"");
        assertThat(message.text()).isEqualTo("Olá, João <b>. Pague em https://pagamento.provedor.com.br/f/1");
        assertThat(templates.exists(tenant.id(), own)).isTrue();
        assertThat(templates.exists(other.id(), own)).isFalse();
        assertThat(templates.exists(other.id(), "builtin-overdue-notice-email")).isTrue();
        assertThat(templates.exists(other.id(), "builtin-overdue-notice-sms")).isFalse();
        assertThat(templates.exists(other.id(), "not a uuid")).isFalse();
    }

    private static Map<String, Object> withField(String field, Object value) {
        Map<String, Object> layout = anEmailLayout();
        layout.put(field, value);
        return layout;
    }
}
