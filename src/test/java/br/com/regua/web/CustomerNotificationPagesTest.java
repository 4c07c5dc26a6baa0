package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerNotificationPagesTest extends BrowserTest {

    private static final String OVERDUE_WHATSAPP_CUSTOMER =
            "Notificações para cobranças vencidas · WhatsApp · Para meu cliente";

    @Test
    void ticking_a_box_of_the_matrix_saves_that_cell_alone_and_survives_a_reload() {
        String customer = api().post("/customers", Fixtures.aCustomer()).id();
        signIn();
        page.navigate("/clientes/" + customer);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Notificações para cobranças antes do vencimento")))
                .isVisible();
        assertThat(page.locator("#preferences-OVERDUE thead")).containsText("Para mim");
        assertThat(page.locator("#preferences-OVERDUE thead")).containsText("Para meu cliente");
        assertThat(page.locator("#preferences-PAID tbody tr")).hasCount(3);
        Locator box = page.getByLabel(OVERDUE_WHATSAPP_CUSTOMER);
        assertThat(box).not().isChecked();

        box.click();

        assertThat(page.locator("#preferences-OVERDUE").getByRole(AriaRole.STATUS))
                .hasText("Salvo");
        page.reload();
        assertThat(page.getByLabel(OVERDUE_WHATSAPP_CUSTOMER)).isChecked();
        JsonNode groups = preferences(customer).get("groups");
        Assertions.assertThat(
                        groups.get("OVERDUE").get("CUSTOMER").get("WHATSAPP").asBoolean())
                .isTrue();
        Assertions.assertThat(groups.get("OVERDUE").get("CUSTOMER").get("EMAIL").asBoolean())
                .isTrue();
        Assertions.assertThat(
                        groups.get("OVERDUE").get("MERCHANT").get("WHATSAPP").asBoolean())
                .isFalse();
        Assertions.assertThat(
                        groups.get("BEFORE_DUE").get("CUSTOMER").get("WHATSAPP").asBoolean())
                .isFalse();
    }

    @Test
    void letters_by_post_for_a_customer_without_an_address_are_refused_beside_the_box() {
        var body = Fixtures.aCustomer();
        body.remove("address");
        String customer = api().post("/customers", body).id();
        signIn();
        page.navigate("/clientes/" + customer);

        page.getByLabel("Enviar boletos via Correios").check();

        assertThat(page.locator("#postal-error")).containsText("cadastre o endereço do cliente");
        assertThat(page.getByLabel("Enviar boletos via Correios")).not().isChecked();
        Assertions.assertThat(preferences(customer).get("postalDelivery").asBoolean())
                .isFalse();
    }

    @Test
    void the_master_switch_and_letters_by_post_are_saved_on_click() {
        String customer = api().post("/customers", Fixtures.aCustomer()).id();
        signIn();
        page.navigate("/clientes/" + customer);
        assertThat(page.locator("#customer-notifications-state")).hasText("Ativas");

        page.getByLabel("Notificações ativas").uncheck();

        assertThat(page.locator("#customer-notifications-state")).hasText("Desativadas para este cliente");
        assertThat(page.locator("#notification-preferences .disabled-note")).isVisible();
        Assertions.assertThat(preferences(customer).get("enabled").asBoolean()).isFalse();

        page.getByLabel("Enviar boletos via Correios").check();

        assertThat(page.locator("#postal-delivery").getByRole(AriaRole.STATUS)).hasText("Salvo");
        Assertions.assertThat(preferences(customer).get("postalDelivery").asBoolean())
                .isTrue();
        page.reload();
        assertThat(page.getByLabel("Notificações ativas")).not().isChecked();
        assertThat(page.getByLabel("Enviar boletos via Correios")).isChecked();
    }

    private JsonNode preferences(String customer) {
        return api().get("/customers/" + customer + "/notification-preferences").json();
    }
}
