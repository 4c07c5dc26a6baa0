package br.com.regua.api;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a problem+json naming the field; nothing makes the server answer 500. */
class BadInputTest extends IntegrationTest {

    Billing billing;

    @BeforeEach
    void setUp() {
        billing = Billing.in(newAccount());
    }

    @Test
    void a_bad_cpf_names_the_document_field() {
        var body = Fixtures.aCustomer();
        body.put("document", "529.982.247-24");

        Api.Response response = billing.api().post("/customers", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.field("title")).isNotBlank();
        assertThat(response.field("detail")).isNotBlank();
        assertThat(response.errorFields()).containsExactly("document");
    }

    @Test
    void a_client_that_names_no_language_reads_the_validation_messages_in_portuguese() {
        Api.Response response = billing.api().post("/payment-methods", Map.of("name", "", "kind", "PIX"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("não deve estar em branco").doesNotContain("must not be blank");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        Api.Response response = billing.api().post("/customers", "{\"name\": \"Maria\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.field("detail")).isNotBlank();
    }

    @Test
    void an_empty_body_is_a_400_problem() {
        assertThat(billing.api().post("/customers", "").status()).isEqualTo(400);
        assertThat(billing.api().post("/customers", "[]").status()).isEqualTo(400);
        assertThat(billing.api().post("/customers", "null").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "amount      | \"abc\"",
                "amount      | 159.90",
                "amount      | -1",
                "amount      | 0",
                "amount      | 99999999999999999999",
                "amount      | 100000000000",
                "amount      | null",
                "amount      | {}",
                "dueDate     | \"20/02/2021\"",
                "dueDate     | \"2021-02-30\"",
                "dueDate     | 20210220",
                "dueDate     | \"1899-12-31\"",
                "customerId  | 12",
                "customerId  | \"\"",
                "description | \"" + "x" + "\"",
            })
    void a_wrong_charge_field_is_named(String field, String json) {
        Map<String, Object> valid = Fixtures.aCharge(
                billing.customerId(), billing.serviceId(), billing.paymentMethodId(), LocalDate.of(2026, 12, 10));
        StringBuilder body = new StringBuilder("{");
        valid.forEach((k, v) -> {
            if (!k.equals(field))
                body.append('"').append(k).append("\":\"").append(v).append("\",");
        });
        body.append('"').append(field).append("\":").append(json).append('}');
        String text = body.toString().replace("\"amount\":\"15990\"", "\"amount\":15990");

        Api.Response response = billing.api().post("/charges", text);

        if (field.equals("description")) {
            assertThat(response.status()).isEqualTo(201); // the control: a valid body passes
            return;
        }
        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.errorFields()).as(response.toString()).contains(field);
    }

    @Test
    void an_unknown_enum_value_is_named_with_the_accepted_values() {
        Api.Response response = billing.api()
                .post("/customers/" + billing.customerId() + "/services", Map.of("description", "x", "status", "FOO"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("status");
        assertThat(response.text()).contains("ACTIVE", "SUSPENDED", "INACTIVE", "CANCELLED");
    }

    @Test
    void an_unknown_payment_kind_is_named() {
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("kind", "CHEQUE");

        assertThat(billing.api().post("/payment-methods", body).errorFields()).containsExactly("kind");
    }

    @Test
    void a_boleto_method_without_bank_data_names_the_boleto_field() {
        var body = Fixtures.aBoletoPaymentMethod();
        body.remove("boleto");

        assertThat(billing.api().post("/payment-methods", body).errorFields()).containsExactly("boleto");
    }

    @Test
    void nested_fields_are_named_with_their_path() {
        var body = Fixtures.aBoletoPaymentMethod();
        body.put("boleto", Map.of("bank", "1", "agency", "1234", "account", "56789", "wallet", "18"));

        assertThat(billing.api().post("/payment-methods", body).errorFields()).containsExactly("boleto.bank");
    }

    @Test
    void oversized_strings_are_refused_naming_the_field() {
        var body = Fixtures.aCustomer();
        body.put("name", "M".repeat(201));
        body.put("email", "a".repeat(300) + "@example.com");

        Api.Response response = billing.api().post("/customers", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsOnly("name", "email");
    }

    @Test
    void a_very_large_string_is_refused_not_crashed_on() {
        var body = Fixtures.aCustomer();
        body.put("name", "M".repeat(2_000_000));

        Api.Response response = billing.api().post("/customers", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("name");
    }

    @Test
    void missing_required_fields_are_all_named() {
        Api.Response response = billing.api().post("/customers", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactlyInAnyOrder("name", "document");
    }

    @Test
    void a_bad_mobile_phone_is_named() {
        var body = Fixtures.aCustomer();
        body.put("mobilePhone", "123");

        assertThat(billing.api().post("/customers", body).errorFields()).containsExactly("mobilePhone");
    }

    @Test
    void wrong_query_parameters_are_named() {
        assertThat(billing.api().get("/customers?limit=abc").errorFields()).containsExactly("limit");
        assertThat(billing.api().get("/customers?limit=1000").errorFields()).containsExactly("limit");
        assertThat(billing.api().get("/customers?limit=0").errorFields()).containsExactly("limit");
        assertThat(billing.api().get("/customers?cursor=bm90LWFuLWlk").errorFields())
                .containsExactly("cursor");
        assertThat(billing.api().get("/charges?status=LATE").errorFields()).containsExactly("status");
    }

    @Test
    void ids_that_are_not_ours_are_simply_not_found() {
        assertThat(billing.api().get("/customers/not-an-id").status()).isEqualTo(404);
        assertThat(billing.api()
                        .get("/charges/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
        assertThat(billing.api().get("/charges/" + "x".repeat(5000)).status()).isIn(404, 414, 400);
        assertThat(billing.api().get("/charges?customerId=nope").json().get("items"))
                .isEmpty();
    }

    @Test
    void unsupported_methods_and_media_types_are_problems_not_errors() {
        Api.Response delete = billing.api().send("DELETE", "/customers", null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
        Api.Response xml =
                billing.api().withHeader("Content-Type", "application/xml").send("POST", "/customers", null);
        assertThat(xml.status()).isEqualTo(415);
        Api.Response nothing = billing.api().get("/nothing-here");
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(nothing.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void requests_without_a_valid_key_are_unauthorized() {
        assertThat(billing.api().withToken(null).get("/customers").status()).isEqualTo(401);
        assertThat(billing.api().withToken("regua_wrong").get("/customers").status())
                .isEqualTo(401);
        assertThat(billing.api().withToken("regua_wrong").get("/customers").header("Content-Type"))
                .startsWith("application/problem+json");
    }
}
