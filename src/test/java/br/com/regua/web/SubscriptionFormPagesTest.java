package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.subscriptions.Subscriptions;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Agendados > Novo agendamento, and "Editar" on a subscription's page, as a clerk fills them in. */
class SubscriptionFormPagesTest extends BrowserTest {

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    String name;
    Billing billing;

    @BeforeEach
    void aCustomerWithAService() {
        today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        name = "Assinante " + UUID.randomUUID().toString().substring(0, 8);
        var customer = Fixtures.aCustomer();
        customer.put("name", name);
        customer.put("document", aCpf());
        String customerId = api().post("/customers", customer).id();
        var service = Fixtures.aService();
        service.put("description", "Fibra " + name.substring(10));
        String serviceId =
                api().post("/customers/" + customerId + "/services", service).id();
        String method =
                api().post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        billing = new Billing(api(), customerId, serviceId, method);
    }

    @Test
    void a_clerk_creates_a_quarterly_subscription_from_the_customer_page_and_lands_on_it() {
        signIn();
        page.navigate("/clientes/" + billing.customerId());
        link("Novo agendamento").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Novo agendamento")))
                .isVisible();
        assertThat(page.getByLabel("Cliente", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(billing.customerId());
        assertThat(page.getByLabel("Gerar a cobrança quantos dias antes do vencimento"))
                .hasValue("10");
        assertThat(page.getByLabel("Periodicidade")).containsText("A cada 3 meses");
        page.getByLabel("Serviço").selectOption(billing.serviceId());
        page.getByLabel("Forma de cobrança").selectOption(billing.paymentMethodId());
        page.getByLabel("Valor (R$)").fill("159,90");
        page.getByLabel("Descrição").fill("Plano trimestral");
        page.getByLabel("Periodicidade").selectOption("A cada 3 meses");
        page.getByLabel("Primeiro vencimento").fill(today.plusDays(20).toString());
        page.getByLabel("Um número de cobranças").check();
        page.getByLabel("Número de cobranças", new Page.GetByLabelOptions().setExact(true))
                .fill("12");
        button("Criar agendamento").click();

        assertThat(page.locator("#subscription-status")).hasText("Ativo");
        assertThat(page.locator(".facts")).containsText("R$ 159,90");
        assertThat(page.locator(".facts")).containsText("A cada 3 meses");
        assertThat(page.locator(".facts")).containsText("12 cobranças");
        assertThat(page.locator(".facts")).containsText(name);
        var created = onlySubscriptionOf(billing.customerId());
        Assertions.assertThat(created.get("amount").asLong()).isEqualTo(15990);
        Assertions.assertThat(created.get("cycle").asString()).isEqualTo("QUARTERLY");
        Assertions.assertThat(created.get("serviceId").asString()).isEqualTo(billing.serviceId());
        Assertions.assertThat(created.get("paymentMethodId").asString()).isEqualTo(billing.paymentMethodId());
        Assertions.assertThat(created.get("firstDueDate").asString())
                .isEqualTo(today.plusDays(20).toString());
        Assertions.assertThat(created.get("generateDaysBefore").asInt()).isEqualTo(10);
        Assertions.assertThat(created.get("maxCharges").asInt()).isEqualTo(12);
        Assertions.assertThat(page.url())
                .endsWith("/boletos/agendados/" + created.get("id").asString());
    }

    @Test
    void from_agendados_the_clerk_finds_the_customer_and_its_services_load_when_it_is_chosen() {
        signIn();
        page.navigate("/boletos/agendados");
        link("Novo agendamento").click();
        page.getByLabel("Buscar cliente").fill(name);
        button("Buscar").click();

        page.getByLabel("Cliente", new Page.GetByLabelOptions().setExact(true)).selectOption(billing.customerId());
        assertThat(page.getByLabel("Serviço").locator("option")).hasCount(2);
        assertThat(page.getByLabel("Serviço")).containsText("Fibra " + name.substring(10));
        page.getByLabel("Serviço").selectOption(billing.serviceId());
        page.getByLabel("Forma de cobrança").selectOption(billing.paymentMethodId());
        page.getByLabel("Valor (R$)").fill("1.234,56");
        page.getByLabel("Primeiro vencimento").fill(today.plusDays(40).toString());
        page.getByLabel("Até uma data").check();
        page.getByLabel("Último vencimento até").fill(today.plusDays(400).toString());
        button("Criar agendamento").click();

        assertThat(page.locator("#subscription-status")).hasText("Ativo");
        assertThat(page.locator(".facts")).containsText("Mensal");
        var created = onlySubscriptionOf(billing.customerId());
        Assertions.assertThat(created.get("amount").asLong()).isEqualTo(123456);
        Assertions.assertThat(created.get("endDate").asString())
                .isEqualTo(today.plusDays(400).toString());
    }

    @Test
    void what_the_form_cannot_read_is_named_beside_its_field_with_what_was_typed_and_nothing_is_created() {
        signIn();
        page.navigate("/boletos/agendados/novo?clienteId=" + billing.customerId());
        page.getByLabel("Valor (R$)").fill("cento e cinquenta");
        page.getByLabel("Descrição").fill("Plano mensal");
        page.getByLabel("Gerar a cobrança quantos dias antes do vencimento").fill("200");
        page.getByLabel("Um número de cobranças").check();
        button("Criar agendamento").click();

        assertThat(fieldError("amount")).hasText("informe o valor em reais, por exemplo 159,90");
        assertThat(fieldError("paymentMethodId")).hasText("não deve estar em branco");
        assertThat(fieldError("firstDueDate")).hasText("informe o primeiro vencimento");
        assertThat(fieldError("generateDaysBefore")).hasText("deve ser de 0 a 90 dias");
        assertThat(fieldError("maxCharges")).hasText("informe quantas cobranças o agendamento terá");
        assertThat(page.getByLabel("Valor (R$)")).hasValue("cento e cinquenta");
        assertThat(page.getByLabel("Descrição")).hasValue("Plano mensal");
        assertThat(page.getByLabel("Cliente", new Page.GetByLabelOptions().setExact(true)))
                .hasValue(billing.customerId());
        assertThat(page.getByLabel("Um número de cobranças")).isChecked();
        assertThat(page.getByLabel("Serviço")).containsText("Fibra " + name.substring(10));
        Assertions.assertThat(subscriptionsOf(billing.customerId())).isZero();
    }

    @Test
    void the_facades_refusals_are_named_beside_their_fields_in_portuguese() {
        String otherService = api().post(
                        "/customers/"
                                + api().post("/customers", Fixtures.aCustomer()).id() + "/services",
                        Fixtures.aService())
                .id();
        signIn();
        page.navigate("/boletos/agendados/novo?clienteId=" + billing.customerId());
        page.getByLabel("Forma de cobrança").selectOption(billing.paymentMethodId());
        page.getByLabel("Valor (R$)").fill("99,90");
        page.getByLabel("Primeiro vencimento").fill("1900-01-10");
        button("Criar agendamento").click();

        assertThat(fieldError("firstDueDate")).hasText("deve estar entre 2000 e 2099");
        assertThat(page.getByLabel("Primeiro vencimento")).hasValue("1900-01-10");

        page.getByLabel("Primeiro vencimento").fill(today.plusDays(30).toString());
        page.getByLabel("Até uma data").check();
        page.getByLabel("Último vencimento até").fill(today.plusDays(10).toString());
        button("Criar agendamento").click();

        assertThat(fieldError("endDate")).hasText("não pode ser anterior ao primeiro vencimento");
        assertThat(page.getByLabel("Valor (R$)")).hasValue("99,90");

        // A service of another customer (a stale page, a crafted request): refused by the facade, by name.
        page.getByLabel("Sem término (até ser cancelado)").check();
        page.locator("#serviceId")
                .evaluate("(s, id) => { s.add(new Option('Outro', id)); s.value = id; }", otherService);
        button("Criar agendamento").click();

        assertThat(page.locator("#service-field .field-error")).hasText("o serviço não pertence a este cliente");
        Assertions.assertThat(subscriptionsOf(billing.customerId())).isZero();
    }

    @Test
    void editing_changes_the_charges_not_yet_generated_and_can_remove_the_end() {
        String id =
                aSubscriptionWithOneCharge(Map.of("endDate", today.plusDays(400).toString()));
        signIn();
        page.navigate("/boletos/agendados/" + id);
        link("Editar").click();

        assertThat(page.locator("#edit-scope")).containsText("valem para as cobranças ainda não geradas");
        assertThat(page.getByLabel("Valor (R$)")).hasValue("99,90");
        assertThat(page.getByLabel("Forma de cobrança")).hasValue(billing.paymentMethodId());
        assertThat(page.getByLabel("Até uma data")).isChecked();
        assertThat(page.getByLabel("Último vencimento até"))
                .hasValue(today.plusDays(400).toString());
        page.getByLabel("Valor (R$)").fill("120,00");
        page.getByLabel("Descrição").fill("Plano mensal reajustado");
        page.getByLabel("Gerar a cobrança quantos dias antes do vencimento").fill("5");
        page.getByLabel("Sem término (até ser cancelado)").check();
        button("Salvar alterações").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Agendamento alterado.");
        assertThat(page.locator(".facts")).containsText("R$ 120,00");
        assertThat(page.locator(".facts")).containsText("indeterminado");
        assertThat(page.locator(".facts")).containsText("5 dias antes do vencimento");
        assertThat(page.locator("#subscription-charges")).containsText("R$ 99,90");
        var changed = api().get("/subscriptions/" + id).json();
        Assertions.assertThat(changed.get("amount").asLong()).isEqualTo(12000);
        Assertions.assertThat(changed.get("description").asString()).isEqualTo("Plano mensal reajustado");
        Assertions.assertThat(changed.get("endDate").isNull()).isTrue();
        Assertions.assertThat(changed.get("maxCharges").isNull()).isTrue();
    }

    @Test
    void a_mistyped_edit_is_named_beside_its_field_and_the_subscription_stays_as_it_was() {
        String id = aSubscriptionWithOneCharge(Map.of());
        signIn();
        page.navigate("/boletos/agendados/" + id + "/editar");
        page.getByLabel("Valor (R$)").fill("0,00");
        page.getByLabel("Um número de cobranças").check();
        page.getByLabel("Número de cobranças", new Page.GetByLabelOptions().setExact(true))
                .fill("doze");
        button("Salvar alterações").click();

        assertThat(fieldError("amount")).hasText("o valor deve ser maior que zero");
        assertThat(fieldError("maxCharges")).hasText("informe um número de cobranças, por exemplo 12");
        assertThat(page.getByLabel("Valor (R$)")).hasValue("0,00");

        page.getByLabel("Valor (R$)").fill("99,90");
        page.getByLabel("Até uma data").check();
        page.getByLabel("Último vencimento até").fill(today.toString());
        button("Salvar alterações").click();

        assertThat(fieldError("endDate")).hasText("não pode ser anterior ao primeiro vencimento");
        var unchanged = api().get("/subscriptions/" + id).json();
        Assertions.assertThat(unchanged.get("amount").asLong()).isEqualTo(9990);
        Assertions.assertThat(unchanged.get("endDate").isNull()).isTrue();
        Assertions.assertThat(unchanged.get("maxCharges").isNull()).isTrue();
    }

    @Test
    void a_subscription_or_customer_of_another_account_is_not_offered() {
        var other = newAccount();
        Billing theirs = Billing.in(other);
        String theirSubscription = other.post(
                        "/subscriptions",
                        Map.of(
                                "customerId", theirs.customerId(),
                                "paymentMethodId", theirs.paymentMethodId(),
                                "amount", 9990,
                                "cycle", "MONTHLY",
                                "firstDueDate", today.plusDays(5).toString()))
                .id();
        signIn();

        page.navigate("/boletos/agendados/" + theirSubscription + "/editar");
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Página não encontrada");

        page.navigate("/boletos/agendados/novo?clienteId=" + theirs.customerId());
        assertThat(page.getByLabel("Cliente", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("");
        assertThat(page.getByLabel("Serviço").locator("option")).hasCount(1);
    }

    private String aSubscriptionWithOneCharge(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "customerId",
                billing.customerId(),
                "paymentMethodId",
                billing.paymentMethodId(),
                "amount",
                9990,
                "description",
                "Plano mensal",
                "cycle",
                "MONTHLY",
                "firstDueDate",
                today.plusDays(5).toString()));
        body.putAll(extra);
        String id = api().post("/subscriptions", body).id();
        subscriptions.generate(account(), today);
        Assertions.assertThat(api().get("/charges?subscriptionId=" + id).json().get("items"))
                .hasSize(1);
        return id;
    }

    private UUID account() {
        return jdbc.sql("SELECT account_id FROM customers WHERE id = ?")
                .param(UUID.fromString(billing.customerId()))
                .query(UUID.class)
                .single();
    }

    private tools.jackson.databind.JsonNode onlySubscriptionOf(String customerId) {
        var items = api().get("/subscriptions?customerId=" + customerId).json().get("items");
        Assertions.assertThat(items).hasSize(1);
        return items.get(0);
    }

    private int subscriptionsOf(String customerId) {
        return api().get("/subscriptions?customerId=" + customerId)
                .json()
                .get("items")
                .size();
    }

    private Locator fieldError(String field) {
        return page.locator(".field:has(#" + field + ") .field-error");
    }

    private Locator link(String name) {
        return page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .first();
    }
}
