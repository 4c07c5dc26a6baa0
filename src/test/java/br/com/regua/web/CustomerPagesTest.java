package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class CustomerPagesTest extends BrowserTest {

    @Test
    void an_invalid_cpf_is_refused_beside_the_document_field_and_the_form_keeps_what_was_typed() {
        signIn();
        page.navigate("/clientes/novo");
        page.getByLabel("Nome").fill("Cliente de CPF errado");
        page.getByLabel("CPF ou CNPJ").fill("123.456.789-00");
        button("Salvar").click();

        Locator documentField =
                page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("CPF ou CNPJ")));
        assertThat(documentField.locator(".field-error")).hasText("CPF ou CNPJ inválido");
        assertThat(page.locator(".field-error")).hasCount(1);
        assertThat(page.getByLabel("Nome")).hasValue("Cliente de CPF errado");
    }

    @Test
    void a_blank_name_is_refused_in_portuguese() {
        signIn();
        page.navigate("/clientes/novo");
        page.getByLabel("CPF ou CNPJ").fill(aCpf());
        button("Salvar").click();

        Locator nameField = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.getByLabel("Nome")));
        assertThat(nameField.locator(".field-error")).hasText("não deve estar em branco");
    }

    @Test
    void a_valid_cpf_creates_the_customer_and_opens_its_page_with_the_cpf_formatted() {
        signIn();
        String name = "Cliente " + UUID.randomUUID().toString().substring(0, 8);
        String cpf = aCpf();
        page.navigate("/clientes/novo");
        page.getByLabel("Nome").fill(name);
        page.getByLabel("CPF ou CNPJ").fill(cpf);
        page.getByLabel("E-mail").fill("cliente@example.com");
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.locator("#customer-document")).hasText(formatted(cpf));
        assertThat(page.locator("#customer-contacts")).containsText("cliente@example.com");
    }

    @Test
    void searching_by_cpf_finds_the_customer() {
        String cpf = aCpf();
        var customer = Fixtures.aCustomer();
        customer.put("name", "Busca " + UUID.randomUUID().toString().substring(0, 8));
        customer.put("document", cpf);
        api().post("/customers", customer);
        signIn();

        page.navigate("/clientes");
        page.getByLabel("Buscar por nome, CPF ou CNPJ").fill(formatted(cpf));
        button("Buscar").click();

        assertThat(page.locator("table.list tbody tr")).hasCount(1);
        assertThat(page.locator("table.list tbody")).containsText((String) customer.get("name"));
    }

    @Test
    void the_customer_page_lists_its_charge_created_through_the_api_and_its_services_in_portuguese() {
        Billing billing = Billing.in(api());
        LocalDate due = LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(10);
        billing.charge(due);
        signIn();

        page.navigate("/clientes/" + billing.customerId());

        Locator charges = page.locator("#customer-charges tbody tr");
        assertThat(charges).hasCount(1);
        assertThat(charges).containsText("R$ 159,90");
        assertThat(charges).containsText("Pendente");
        assertThat(charges).containsText(due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(page.locator("#customer-services")).containsText("Ativo");
    }

    @Test
    void a_customer_of_another_account_answers_404() {
        String foreign = newAccount().post("/customers", Fixtures.aCustomer()).id();
        signIn();

        var response = page.navigate("/clientes/" + foreign);

        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Página não encontrada");
        assertThat(page.locator("main")).containsText("Cliente não encontrado");
        assertThat(page.locator(".topbar .account")).hasText("Minha empresa");
    }

    private static String formatted(String cpf) {
        return cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-" + cpf.substring(9);
    }
}
