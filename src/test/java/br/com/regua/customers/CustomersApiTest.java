package br.com.regua.customers;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CustomersApiTest extends IntegrationTest {

    Api api;

    @BeforeEach
    void setUp() {
        api = newAccount();
    }

    @Test
    void a_customer_is_created_with_its_document_normalised_and_read_back() {
        Api.Response created = api.post("/customers", Fixtures.aCustomer());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("document")).isEqualTo("52998224725");
        assertThat(created.field("documentType")).isEqualTo("CPF");
        assertThat(created.field("mobilePhone")).isEqualTo("+5511987654321");
        Api.Response read = api.get("/customers/" + created.id());
        assertThat(read.field("name")).isEqualTo("Maria Silva");
        assertThat(read.field("email")).isEqualTo("maria@example.com");
    }

    @Test
    void a_company_with_an_alphanumeric_cnpj_is_accepted() {
        var company = Fixtures.aCustomer();
        company.put("document", "12.ABC.345/01DE-35");

        Api.Response created = api.post("/customers", company);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("document")).isEqualTo("12ABC34501DE35");
        assertThat(created.field("documentType")).isEqualTo("CNPJ");
    }

    @Test
    void a_local_mobile_number_is_stored_in_international_form() {
        var customer = Fixtures.aCustomer();
        customer.put("mobilePhone", "(11) 98765-4321");

        assertThat(api.post("/customers", customer).field("mobilePhone")).isEqualTo("+5511987654321");
    }

    @Test
    void a_customer_is_updated_with_its_primary_contact() {
        String id = api.post("/customers", Fixtures.aCustomer()).id();
        var changed = Fixtures.aCustomer();
        changed.put("email", "maria.silva@example.com");

        Api.Response updated = api.put("/customers/" + id, changed);

        assertThat(updated.field("email")).isEqualTo("maria.silva@example.com");
        var contacts = api.get("/customers/" + id + "/contacts").json().get("items");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).get("email").asString()).isEqualTo("maria.silva@example.com");
        assertThat(contacts.get(0).get("primary").asBoolean()).isTrue();
    }

    @Test
    void contacts_carry_per_channel_permissions() {
        String id = api.post("/customers", Fixtures.aCustomer()).id();

        Api.Response contact = api.post(
                "/customers/" + id + "/contacts",
                Map.of("name", "Financeiro", "email", "fin@example.com", "allowSms", false));

        assertThat(contact.status()).isEqualTo(201);
        assertThat(contact.json().get("allowEmail").asBoolean()).isTrue();
        assertThat(contact.json().get("allowSms").asBoolean()).isFalse();
        assertThat(contact.json().get("allowWhatsapp").asBoolean()).isTrue();
        Api.Response changed = api.put(
                "/customers/" + id + "/contacts/" + contact.id(),
                Map.of("name", "Financeiro", "email", "fin@example.com", "allowEmail", false));
        assertThat(changed.json().get("allowEmail").asBoolean()).isFalse();
    }

    @Test
    void a_service_has_a_status_and_billing_switches() {
        String id = api.post("/customers", Fixtures.aCustomer()).id();

        Api.Response service = api.post(
                "/customers/" + id + "/services",
                Map.of("description", "Fibra 300M", "status", "SUSPENDED", "allowBillingEmail", false));

        assertThat(service.status()).isEqualTo(201);
        assertThat(service.field("status")).isEqualTo("SUSPENDED");
        assertThat(service.json().get("allowBillingEmail").asBoolean()).isFalse();
        assertThat(service.json().get("allowBillingSms").asBoolean()).isTrue();
        Api.Response cancelled = api.put(
                "/customers/" + id + "/services/" + service.id(),
                Map.of("description", "Fibra 300M", "status", "CANCELLED"));
        assertThat(cancelled.field("status")).isEqualTo("CANCELLED");
        assertThat(api.get("/customers/" + id + "/services").json().get("items"))
                .hasSize(1);
    }

    @Test
    void a_payment_method_defaults_to_notifying_active_and_suspended_services() {
        Api.Response method = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod());

        assertThat(method.status()).isEqualTo(201);
        assertThat(method.json().get("eligibleServiceStatuses").toString()).isEqualTo("[\"ACTIVE\",\"SUSPENDED\"]");
        assertThat(method.json().get("boleto").get("bank").asString()).isEqualTo("001");
        assertThat(api.get("/payment-methods/" + method.id()).field("kind")).isEqualTo("BOLETO");
    }

    @Test
    void a_pix_method_needs_no_bank_data_and_may_choose_its_eligible_statuses() {
        Api.Response method = api.post(
                "/payment-methods",
                Map.of("name", "Pix", "kind", "PIX", "eligibleServiceStatuses", java.util.List.of("ACTIVE")));

        assertThat(method.status()).isEqualTo(201);
        assertThat(method.json().get("eligibleServiceStatuses").toString()).isEqualTo("[\"ACTIVE\"]");
    }
}
