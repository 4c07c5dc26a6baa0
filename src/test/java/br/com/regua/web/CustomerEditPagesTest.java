package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The customer edit form: a refusal is shown beside its field and changes nothing. */
class CustomerEditPagesTest extends BrowserTest {

    @Test
    void postal_delivery_without_an_address_is_refused_beside_the_box_and_nothing_changes() {
        String customer = customerWithoutAddress();
        signIn();
        page.navigate("/clientes/" + customer + "/editar");
        page.getByLabel("Nome").fill("Nome Novo");

        page.getByLabel("Enviar boletos gerados via Correios").check();
        button("Salvar").click();

        assertThat(page.locator(".field.invalid .field-error")).hasCount(1);
        assertThat(page.locator(".field.checkbox.invalid .field-error")).containsText("preencha o endereço");
        assertThat(page.getByLabel("Nome")).hasValue("Nome Novo");
        JsonNode stored = api().get("/customers/" + customer).json();
        Assertions.assertThat(stored.get("name").asString()).isEqualTo("Maria Silva");
        Assertions.assertThat(postalDelivery(customer)).isFalse();
    }

    @Test
    void an_invalid_cep_and_uf_are_refused_beside_their_fields_and_nothing_changes() {
        String customer = customerWithoutAddress();
        signIn();
        page.navigate("/clientes/" + customer + "/editar");
        page.getByLabel("CEP").fill("0131-10");
        page.getByLabel("Logradouro").fill("Av. Paulista");
        page.getByLabel("Número").fill("1000");
        page.getByLabel("Bairro").fill("Bela Vista");
        page.getByLabel("Cidade").fill("São Paulo");
        page.getByLabel("UF").fill("XX");
        page.getByLabel("Enviar boletos gerados via Correios").check();

        button("Salvar").click();

        assertThat(page.locator(".field.invalid:has(#cep) .field-error")).containsText("CEP inválido");
        assertThat(page.locator(".field.invalid:has(#state) .field-error")).containsText("UF inválida");
        assertThat(page.getByLabel("CEP")).hasValue("0131-10");
        Assertions.assertThat(api().get("/customers/" + customer)
                        .json()
                        .get("address")
                        .isNull())
                .isTrue();
        Assertions.assertThat(postalDelivery(customer)).isFalse();
    }

    @Test
    void the_edit_form_changes_the_name_and_removes_the_address_with_the_box_unticked() {
        var body = Fixtures.aCustomer();
        body.put("document", aCpf());
        String customer = api().post("/customers", body).id();
        signIn();
        page.navigate("/clientes/" + customer);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Editar").setExact(true))
                .click();
        assertThat(page.getByLabel("CEP")).hasValue("01310-100");
        page.getByLabel("Nome").fill("Maria Souza");
        for (String field : new String[] {"CEP", "Logradouro", "Número", "Bairro", "Cidade", "UF"})
            page.getByLabel(field).fill("");

        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Maria Souza")))
                .isVisible();
        JsonNode stored = api().get("/customers/" + customer).json();
        Assertions.assertThat(stored.get("address").isNull()).isTrue();
    }

    private String customerWithoutAddress() {
        var body = Fixtures.aCustomer();
        body.remove("address");
        body.put("document", aCpf());
        return api().post("/customers", body).id();
    }

    private boolean postalDelivery(String customer) {
        return api().get("/customers/" + customer + "/notification-preferences")
                .json()
                .get("postalDelivery")
                .asBoolean();
    }
}
