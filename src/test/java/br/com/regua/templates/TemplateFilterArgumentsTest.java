package br.com.regua.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Filters, tests and their arguments are checked against their signatures when a layout is saved,
 * in every branch, so that a saved layout renders with any values; and whatever Pebble throws while
 * rendering ends as the sandbox's error, never a 500.
 */
class TemplateFilterArgumentsTest extends IntegrationTest {

    @Autowired
    Templates templates;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                // a missing argument (NullPointerException in Pebble)
                "html => <p>{{ customerName | abbreviate }}</p> => linha 1: o filtro \"abbreviate\" precisa de 1 argumento",
                "text => {{ customerName | abbreviate(null) }} => linha 1: o argumento length do filtro \"abbreviate\"",
                // an argument of the wrong type (ClassCastException in Pebble)
                "text => {{ customerName | abbreviate(\"5\") }} => linha 1: o argumento length do filtro \"abbreviate\"",
                "subject => {{ customerName | abbreviate(true) }} => o argumento length do filtro \"abbreviate\"",
                // the wrong number of arguments
                "subject => {{ customerName | abbreviate(5, 6) }} => linha 1: o filtro \"abbreviate\" precisa de 1 argumento",
                "html => {{ customerName | upper(3) }} => linha 1: o filtro \"upper\" não recebe argumentos",
                "text => {{ customerName | default(\"a\", \"b\") }} => o filtro \"default\" precisa de 1 argumento",
                "text => {{ customerName | default }} => o filtro \"default\" precisa de 1 argumento",
                "text => {{ customerName is empty(3) }} => o teste \"empty\" não recebe argumentos",
                // named arguments
                "html => {{ customerName | abbreviate(len=5) }} => o filtro \"abbreviate\" não tem o argumento \"len\"",
                "html => {{ customerName | abbreviate(3, length=4) }} => o argumento length do filtro \"abbreviate\" foi dado duas vezes",
                // a value of the wrong type flowing into a filter
                "text => {{ customerName | default(5) | abbreviate(3) }} => linha 1: o filtro \"abbreviate\" só se aplica a textos",
                "html => {{ (customerName == \"x\") | trim }} => o filtro \"trim\" só se aplica a textos",
                "text => {{ 5 | capitalize }} => o filtro \"capitalize\" só se aplica a textos",
                "text => {{ 5 contains \"a\" }} => \"contains\" só se aplica a textos",
                "text => {% if customerName | default(null) %}x{% endif %} => linha 1: a condição pode ficar sem valor",
                // numbers out of range, written or not representable
                "text => {{ customerName | abbreviate(3000000000) }} => o argumento length do filtro \"abbreviate\" deve ser um número inteiro entre 1 e",
                "text => {{ customerName | abbreviate(0) }} => o argumento length do filtro \"abbreviate\" deve ser um número inteiro entre 1 e",
                "html => {{ customerName | abbreviate(99999999999999999999) }} => número",
                // an unknown filter
                "subject => {{ customerName | reverse }} => o filtro \"reverse\" não é permitido"
            })
    void a_filter_with_a_missing_wrong_or_extra_argument_is_refused_naming_the_part(
            String field, String source, String message) {
        Api api = newAccount();
        Map<String, Object> layout = TemplatesApiTest.anEmailLayout();
        layout.put(field, source);

        Api.Response created = api.post("/templates", layout);

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.errorFields()).containsExactly(field);
        assertThat(created.json().get("errors").get(0).get("message").asString())
                .contains(message);
        String own = api.post("/templates", TemplatesApiTest.anEmailLayout()).id();
        Api.Response updated = api.put("/templates/" + own, layout);
        assertThat(updated.status()).as(updated.toString()).isEqualTo(400);
        assertThat(updated.errorFields()).containsExactly(field);
    }

    @ParameterizedTest
    @ValueSource(strings = {"subject", "html", "text"})
    void an_error_in_a_branch_the_examples_do_not_take_is_refused_with_its_line(String field) {
        Api api = newAccount();
        Map<String, Object> layout = TemplatesApiTest.anEmailLayout();
        String source = field.equals("subject")
                ? "Fatura {% if customerName == \"ninguém\" %}{{ customerName | abbreviate }}{% endif %}"
                : "Olá.\n{% if customerName == \"ninguém\" %}\n{{ customerName | abbreviate(\"5\") }}\n{% endif %}";
        layout.put(field, source);

        Api.Response created = api.post("/templates", layout);

        assertThat(created.status()).as(created.toString()).isEqualTo(400);
        assertThat(created.errorFields()).containsExactly(field);
        assertThat(created.json().get("errors").get(0).get("message").asString())
                .startsWith(field.equals("subject") ? "linha 1: " : "linha 3: ")
                .contains("\"abbreviate\"");
    }

    @Test
    void a_layout_using_each_allowed_filter_and_test_is_saved_and_renders() {
        Api api = newAccount("Provedor Exemplo");
        Map<String, Object> layout = TemplatesApiTest.anEmailLayout();
        layout.put("subject", "{{ merchantName | upper }}: {{ description | default(\"fatura\") | abbreviate(20) }}");
        layout.put("html", """
                <p>{{ customerName | title }}, {{ customerName | lower | capitalize }}</p>
                {% if digitableLine is not empty and pixCopyPaste is not null %}<p>{{ digitableLine | trim }}</p>{% endif %}
                <a href="https://x/?u={{ paymentLink | urlencode }}">{{ description | abbreviate(length=10) }}</a>
                {{ days == "1" ? "amanhã" : "em " ~ days ~ " dias" }} {{ amount | default(dueDate) | upper }}""");
        layout.put("text", "{{ customerName | default(\"cliente\") | trim | abbreviate(3) | upper }}");

        Api.Response created = api.post("/templates", layout);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response preview = api.post(
                "/templates/" + created.id() + "/preview",
                Map.of("variables", Map.of("description", "", "customerName", "  ana maria  ")));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.field("subject")).isEqualTo("PROVEDOR EXEMPLO: fatura");
        assertThat(preview.field("text")).isEqualTo("ANA");
        assertThat(preview.field("html")).contains("Ana Maria", "https%3A%2F%2F", "em 13 dias R$ 159,90");
    }

    @Test
    void a_saved_layout_that_pebble_cannot_render_is_a_rendering_error_not_a_crash() {
        Tenant tenant = newTenant();
        String id = tenant.api()
                .post("/templates", TemplatesApiTest.anEmailLayout())
                .id();
        // Saved before the checks existed: "abbreviate" without its length, in a branch the examples skip.
        jdbc.sql("UPDATE templates SET html = ? WHERE id = ?")
                .params(
                        "<p>{% if customerName == \"Ana\" %}{{ customerName | abbreviate }}{% endif %}</p>",
                        UUID.fromString(id))
                .update();

        assertThatThrownBy(() -> templates.render(tenant.id(), id, Map.of("customerName", "Ana")))
                .isInstanceOf(TemplateRenderingException.class)
                .hasMessageContaining("não pôde ser gerado")
                .hasMessageContaining("\"abbreviate\"");
        Api.Response preview =
                tenant.api().post("/templates/" + id + "/preview", Map.of("variables", Map.of("customerName", "Ana")));
        assertThat(preview.status()).as(preview.toString()).isEqualTo(400);
        assertThat(preview.errorFields()).containsExactly("variables");
    }

    @Test
    void the_openapi_document_says_what_saving_a_layout_checks() throws Exception {
        String doc = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(doc).contains("abbreviate(n)", "errors[].field = subject, html, text");
    }

    @Test
    void a_sandbox_render_turns_any_pebble_failure_into_the_sandbox_error() {
        Sandbox sandbox = new Sandbox();
        // Pebble throws a NumberFormatException from its parser for a number too big for a long.
        assertThatThrownBy(() -> sandbox.render("{{ 99999999999999999999 }}", Sandbox.Target.TEXT, Map.of()))
                .isInstanceOf(io.pebbletemplates.pebble.error.PebbleException.class);
    }

    /**
     * A property over random layouts built from the allowed variables, literals, filters with any
     * arguments, tests, operators and {@code if} branches: saving answers 201 or 400, never a 500; and
     * a saved layout renders with any values.
     */
    @Test
    void random_filters_and_arguments_never_make_the_api_answer_500() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        Sandbox sandbox = new Sandbox();
        int tries = Integer.getInteger("fuzz.tries", 3000);
        int saved = 0;
        for (int i = 0; i < tries; i++) {
            String source = new Layouts(random).layout();
            boolean accepted;
            try {
                sandbox.check("text", source, Sandbox.Target.TEXT);
                accepted = true;
            } catch (br.com.regua.shared.InvalidFieldException e) {
                accepted = false;
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + source, e);
            }
            if (!accepted) continue;
            saved++;
            for (int v = 0; v < 5; v++) {
                Map<String, String> values = randomValues(random);
                try {
                    sandbox.render(source, Sandbox.Target.HTML, values);
                    sandbox.render(source, Sandbox.Target.TEXT, values);
                } catch (RuntimeException e) {
                    throw new AssertionError("seed " + seed + ": saved " + source + " fails with " + values, e);
                }
            }
        }

        // Not a property about nothing: a fair share of the random layouts is valid and rendered.
        assertThat(saved).as("seed %d: layouts accepted", seed).isGreaterThan(tries / 20);

        Api api = newAccount();
        String own = api.post("/templates", TemplatesApiTest.anEmailLayout()).id();
        String[] parts = {"subject", "html", "text"};
        for (int i = 0; i < 150; i++) {
            String part = parts[random.nextInt(parts.length)];
            Map<String, Object> layout = TemplatesApiTest.anEmailLayout();
            layout.put(part, new Layouts(random).layout().replace('\n', ' '));
            Api.Response response =
                    random.nextBoolean() ? api.post("/templates", layout) : api.put("/templates/" + own, layout);
            assertThat(response.status()).as("seed %d: %s", seed, response).isIn(200, 201, 400);
            if (response.status() == 400) {
                assertThat(response.errorFields())
                        .as("seed %d: %s", seed, response)
                        .containsExactly(part);
                continue;
            }
            Api.Response preview =
                    api.post("/templates/" + response.id() + "/preview", Map.of("variables", randomValues(random)));
            assertThat(preview.status())
                    .as("seed %d: %s → %s", seed, layout, preview)
                    .isEqualTo(200);
        }
    }

    private static Map<String, String> randomValues(Random random) {
        Map<String, String> values = new HashMap<>();
        String[] samples = {"", " ", "Ana", "  maria silva  ", "1", "13", "x".repeat(40), "<b>&</b>", "ção"};
        for (Variable variable : Variable.values()) {
            values.put(variable.key(), samples[random.nextInt(samples.length)]);
        }
        return values;
    }

    /** Random layout text from the constructs the sandbox knows, and some it refuses. */
    private record Layouts(Random random) {

        private static final String[] FILTERS = {
            "upper", "lower", "capitalize", "title", "trim", "default", "abbreviate", "urlencode", "escape", "reverse"
        };
        private static final String[] ARG_NAMES = {"length", "default", "len", "x"};

        String layout() {
            StringBuilder out = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int i = 0; i < parts; i++) {
                if (random.nextInt(3) == 0) {
                    out.append("{% if ")
                            .append(expression(2))
                            .append(" %}\n{{ ")
                            .append(expression(2))
                            .append(" }}{% else %}{{ ")
                            .append(expression(2))
                            .append(" }}{% endif %}\n");
                } else {
                    out.append("x {{ ").append(expression(3)).append(" }}\n");
                }
            }
            return out.toString();
        }

        private String expression(int depth) {
            if (depth == 0) return atom();
            return switch (random.nextInt(8)) {
                case 0, 1, 2 -> expression(depth - 1) + " | " + filter(depth - 1);
                case 3 ->
                    expression(depth - 1)
                            + (random.nextBoolean() ? " is " : " is not ")
                            + (random.nextBoolean() ? "empty" : "null")
                            + (random.nextInt(5) == 0 ? "(1)" : "");
                case 4 -> "(" + expression(depth - 1) + " " + operator() + " " + expression(depth - 1) + ")";
                case 5 ->
                    "(" + expression(depth - 1) + " ? " + expression(depth - 1) + " : " + expression(depth - 1) + ")";
                case 6 -> "(not " + expression(depth - 1) + ")";
                default -> atom();
            };
        }

        private String filter(int depth) {
            String name = FILTERS[random.nextInt(FILTERS.length)];
            int count = random.nextInt(4) == 0
                    ? random.nextInt(3)
                    : (name.equals("abbreviate") || name.equals("default") ? 1 : 0);
            if (count == 0 && random.nextBoolean()) return name;
            List<String> args = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String value = random.nextInt(3) == 0 ? expression(Math.max(0, depth - 1)) : atom();
                args.add(random.nextInt(5) == 0 ? ARG_NAMES[random.nextInt(ARG_NAMES.length)] + "=" + value : value);
            }
            return name + "(" + String.join(", ", args) + ")";
        }

        private String operator() {
            String[] operators = {"~", "and", "or", "==", "!=", "contains"};
            return operators[random.nextInt(operators.length)];
        }

        private String atom() {
            return switch (random.nextInt(9)) {
                case 0, 1, 2 -> Variable.values()[random.nextInt(Variable.values().length)].key();
                case 3 -> "\"" + (random.nextBoolean() ? "" : "5") + "\"";
                case 4 -> Integer.toString(random.nextInt(6));
                case 5 -> random.nextBoolean() ? "3000000000" : "99999999999999999999";
                case 6 -> random.nextBoolean() ? "true" : "false";
                case 7 -> "null";
                default -> "20L";
            };
        }
    }
}
