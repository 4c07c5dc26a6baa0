package br.com.regua.customers;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003's "Enviar boletos gerados via Correios" needs the customer's postal address (issue 10 item 3). */
class PostalAddressApiTest extends IntegrationTest {

    Api api;

    @BeforeEach
    void setUp() {
        api = newAccount();
    }

    @Test
    void a_customers_address_is_stored_normalised_and_returned() {
        var body = Fixtures.aCustomer();
        var address = Fixtures.anAddress();
        address.put("cep", "01310100");
        address.put("state", "sp");
        address.put("complement", "  conj. 12 ");
        body.put("address", address);

        Api.Response created = api.post("/customers", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var stored = api.get("/customers/" + created.id()).json().get("address");
        assertThat(stored.get("cep").asString()).isEqualTo("01310-100");
        assertThat(stored.get("state").asString()).isEqualTo("SP");
        assertThat(stored.get("complement").asString()).isEqualTo("conj. 12");
        assertThat(stored.get("city").asString()).isEqualTo("São Paulo");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"cep, 1310-100", "cep, 01310-1000", "cep, abcde-fgh", "state, XX", "state, São Paulo", "city, ''"})
    void a_bad_cep_uf_or_missing_part_is_refused_naming_the_field(String field, String value) {
        var body = Fixtures.aCustomer();
        var address = Fixtures.anAddress();
        address.put(field, value);
        body.put("address", address);

        Api.Response refused = api.post("/customers", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("address." + field);
    }

    @Test
    void postal_delivery_is_refused_for_a_customer_without_an_address_and_the_address_cannot_go_while_it_is_on() {
        var body = Fixtures.aCustomer();
        body.remove("address");
        String id = api.post("/customers", body).id();
        String preferences = "/customers/" + id + "/notification-preferences";

        Api.Response refused = api.put(preferences, Map.of("postalDelivery", true));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("postalDelivery");
        assertThat(refused.text()).contains("cadastre o endereço do cliente");
        assertThat(api.get(preferences).json().get("postalDelivery").asBoolean())
                .isFalse();

        body.put("address", Fixtures.anAddress());
        assertThat(api.put("/customers/" + id, body).status()).isEqualTo(200);
        assertThat(api.put(preferences, Map.of("postalDelivery", true)).status())
                .isEqualTo(200);
        body.remove("address");
        Api.Response withoutAddress = api.put("/customers/" + id, body);
        assertThat(withoutAddress.status()).isEqualTo(400);
        assertThat(withoutAddress.errorFields()).containsExactly("address");
        assertThat(api.get("/customers/" + id).json().get("address").get("cep").asString())
                .isEqualTo("01310-100");
    }
}
