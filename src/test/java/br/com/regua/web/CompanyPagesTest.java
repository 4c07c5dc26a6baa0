package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.subscriptions.DeactivationReason;
import br.com.regua.subscriptions.Subscriptions;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Configurações > Geral > Dados da empresa: the company's name and "E-mail para avisos ao lojista". */
class CompanyPagesTest extends BrowserTest {

    static final String EMAIL_LABEL = "E-mail para avisos ao lojista";

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> before;

    @BeforeEach
    void rememberTheSettings() {
        var settings = api().get("/settings/account").json();
        before = new HashMap<>();
        before.put("name", settings.get("name").asString());
        if (settings.hasNonNull("notificationEmail")) {
            before.put("notificationEmail", settings.get("notificationEmail").asString());
        }
    }

    /** The account is shared with the other browser tests (SignInTest expects "Minha empresa"). */
    @AfterEach
    void restoreTheSettings() {
        api().put("/settings/account", before);
    }

    @Test
    void the_clerk_renames_the_company_and_sets_the_merchants_address_from_the_menu() {
        signIn();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dados da empresa"))
                .click();

        assertThat(page.getByLabel("Nome da empresa")).hasValue((String) before.get("name"));
        page.getByLabel("Nome da empresa").fill("Provedor Fibra Sul");
        page.getByLabel(EMAIL_LABEL).fill("financeiro@fibrasul.com.br");
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dados da empresa salvos.");
        assertThat(page.getByLabel("Nome da empresa")).hasValue("Provedor Fibra Sul");
        assertThat(page.getByLabel(EMAIL_LABEL)).hasValue("financeiro@fibrasul.com.br");
        assertThat(page.locator(".topbar .account")).hasText("Provedor Fibra Sul");
        var saved = api().get("/settings/account").json();
        Assertions.assertThat(saved.get("name").asString()).isEqualTo("Provedor Fibra Sul");
        Assertions.assertThat(saved.get("notificationEmail").asString()).isEqualTo("financeiro@fibrasul.com.br");
    }

    @Test
    void a_blank_name_and_a_bad_address_are_named_beside_their_fields_and_nothing_is_saved() {
        signIn();
        page.navigate("/configuracoes/dados-da-empresa");
        page.getByLabel("Nome da empresa").fill("   ");
        page.getByLabel(EMAIL_LABEL).fill("financeiro arroba fibrasul");
        button("Salvar").click();

        assertThat(fieldError("name")).hasText("não deve estar em branco");
        assertThat(fieldError("notificationEmail")).hasText("deve ser um endereço de e-mail bem formado");
        assertThat(page.getByLabel(EMAIL_LABEL)).hasValue("financeiro arroba fibrasul");
        Assertions.assertThat(api().get("/settings/account").json().get("name").asString())
                .isEqualTo(before.get("name"));
    }

    @Test
    void seed_003_the_clerk_sets_the_mobile_for_para_mim_copies_and_chooses_the_daily_digest() {
        signIn();
        page.navigate("/configuracoes/dados-da-empresa");
        page.getByLabel("Celular para avisos ao lojista").fill("(11) 97777-6666");
        page.getByLabel("Receber um resumo diário por e-mail em vez de uma cópia por aviso")
                .check();
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dados da empresa salvos.");
        assertThat(page.getByLabel("Celular para avisos ao lojista")).hasValue("+5511977776666");
        assertThat(page.getByLabel("Receber um resumo diário por e-mail em vez de uma cópia por aviso"))
                .isChecked();
        var saved = api().get("/settings/account").json();
        Assertions.assertThat(saved.get("notificationMobile").asString()).isEqualTo("+5511977776666");
        Assertions.assertThat(saved.get("merchantDigest").asBoolean()).isTrue();
    }

    @Test
    void a_mobile_that_is_no_mobile_is_named_beside_its_field_and_nothing_is_saved() {
        signIn();
        page.navigate("/configuracoes/dados-da-empresa");
        page.getByLabel("Celular para avisos ao lojista").fill("1234");
        button("Salvar").click();

        assertThat(fieldError("notificationMobile")).hasText("celular inválido (ex.: +5511987654321)");
        assertThat(page.getByLabel("Celular para avisos ao lojista")).hasValue("1234");
        Assertions.assertThat(api().get("/settings/account").json().hasNonNull("notificationMobile"))
                .isFalse();
    }

    @Test
    void a_blank_address_removes_it() {
        api().put("/settings/account", Map.of("name", before.get("name"), "notificationEmail", "x@fibrasul.com.br"));
        signIn();
        page.navigate("/configuracoes/dados-da-empresa");
        page.getByLabel(EMAIL_LABEL).fill("");
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dados da empresa salvos.");
        Assertions.assertThat(api().get("/settings/account").json().hasNonNull("notificationEmail"))
                .isFalse();
    }

    @Test
    void seed_001_a_deactivated_subscriptions_page_without_the_merchants_address_leads_to_dados_da_empresa() {
        api().put("/settings/account", Map.of("name", before.get("name")));
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        Billing billing = Billing.in(api());
        String id = api().post(
                        "/subscriptions",
                        Map.of(
                                "customerId", billing.customerId(),
                                "paymentMethodId", billing.paymentMethodId(),
                                "amount", 9990,
                                "cycle", "MONTHLY",
                                "firstDueDate", today.plusDays(5).toString()))
                .id();
        UUID account = jdbc.sql("SELECT account_id FROM subscriptions WHERE id = ?")
                .param(UUID.fromString(id))
                .query(UUID.class)
                .single();
        subscriptions.deactivate(account, UUID.fromString(id), DeactivationReason.MAILBOX_FULL, UUID.randomUUID());
        signIn();
        page.navigate("/boletos/agendados/" + id);

        assertThat(page.locator("#merchant-not-emailed")).not().containsText("notificationEmail");
        page.locator("#merchant-not-emailed").getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dados da empresa")))
                .isVisible();
        page.getByLabel(EMAIL_LABEL).fill("financeiro@fibrasul.com.br");
        button("Salvar").click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dados da empresa salvos.");

        page.navigate("/boletos/agendados/" + id);
        assertThat(page.locator("#deactivation")).containsText("Caixa de entrada do cliente cheia");
        assertThat(page.locator("#merchant-not-emailed")).hasCount(0);
    }

    private Locator fieldError(String field) {
        return page.locator(".field:has(#" + field + ") .field-error");
    }
}
