package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RoutinePagesTest extends BrowserTest {

    @Autowired
    DataSource dataSource;

    private static final String[] DAYS = {"Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado", "Domingo"};

    /**
     * A day of the week the routine's own schedule cannot reach while the test runs, so that the
     * only runs in its history are the ones the test starts.
     */
    private static DayOfWeek notSoon() {
        return LocalDate.now(ZoneId.of("America/Sao_Paulo")).plusDays(3).getDayOfWeek();
    }

    @Test
    void a_routine_created_in_the_form_and_run_now_for_05_03_2021_shows_its_run_completed_with_its_counts() {
        String charge = seed002Charge();
        String name = "Envio de e-mails " + UUID.randomUUID().toString().substring(0, 8);
        signIn();
        page.navigate("/configuracoes/rotinas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adicionar"))
                .click();
        page.getByLabel("Nome").fill(name);
        page.getByLabel("Tarefa").selectOption(new SelectOption().setLabel("Enviar e-mail"));
        page.getByLabel("Horário").fill("08:10");
        assertThat(page.getByLabel("Domingo")).isChecked();
        assertThat(page.getByLabel("Executa em feriados?")).isChecked();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != notSoon()) page.getByLabel(DAYS[day.ordinal()]).uncheck();
        }
        button("Salvar").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.locator("dl.facts")).containsText("08:10");
        assertThat(page.locator("dl.facts")).containsText(DAYS[notSoon().ordinal()]);
        assertThat(page.getByLabel("Data"))
                .hasValue(LocalDate.now(ZoneId.of("America/Sao_Paulo")).toString());

        page.getByLabel("Data").fill("2021-03-05");
        button("Executar agora").click();

        assertThat(page.locator("#run-status")).hasText("Concluída");
        assertThat(page.locator("#run")).containsText("Execução de 05/03/2021");
        assertThat(page.locator("#run-queued")).hasText("1");
        String routineId = page.url().replaceFirst(".*/rotinas/([^/]+)/execucoes/.*", "$1");
        JsonNode run = api().get("/routines/" + routineId + "/runs")
                .json()
                .get("items")
                .get(0);
        Assertions.assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        Assertions.assertThat(run.get("queued").asInt()).isEqualTo(1);
        assertThat(page.locator("#run-evaluated")).hasText(run.get("evaluated").asString());
        Assertions.assertThat(api().get("/charges/" + charge + "/notifications")
                        .json()
                        .get("items"))
                .hasSize(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voltar à rotina e ao histórico"))
                .click();
        Locator history = page.locator("#routine-runs tbody tr");
        assertThat(history).hasCount(1);
        assertThat(history).containsText("05/03/2021");
        assertThat(history).containsText("Manual");
        assertThat(history).containsText("Concluída");
        page.navigate("/configuracoes/rotinas");
        assertThat(page.locator("#routines")).containsText(name);
    }

    /** The run waits on a charge locked by the test, so it outlasts the page's wait and answers RUNNING. */
    @Test
    void a_run_still_running_refreshes_itself_on_its_page_and_in_the_history_until_it_completes() throws Exception {
        clock.setToday(LocalDate.of(2021, 2, 10));
        String charge = Billing.in(api()).charge(LocalDate.of(2021, 2, 22)).id();
        clock.reset();
        String routine = api().post(
                        "/routines",
                        Map.of(
                                "name",
                                "Marcar vencidas "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                "task",
                                "MARK_OVERDUE",
                                "time",
                                "06:00",
                                "daysOfWeek",
                                List.of(notSoon().name())))
                .id();
        signIn();
        page.navigate("/configuracoes/rotinas/" + routine);
        page.getByLabel("Data").fill("2021-03-05");
        Page history = context.newPage();

        try (Connection lock = lock(charge)) {
            button("Executar agora").click();

            assertThat(page.locator("#run-status"))
                    .hasText("Executando", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
            assertThat(page.locator("#run")).containsText("esta página se atualiza sozinha");
            history.navigate("/configuracoes/rotinas/" + routine);
            assertThat(history.locator("#routine-runs tbody tr")).containsText("Executando");
            lock.rollback();
        }

        assertThat(page.locator("#run-status")).hasText("Concluída");
        assertThat(page.locator("#run")).not().containsText("esta página se atualiza sozinha");
        assertThat(history.locator("#routine-runs tbody tr")).containsText("Concluída");
        Assertions.assertThat(api().get("/charges/" + charge).field("status")).isEqualTo("OVERDUE");
    }

    @Test
    void a_routine_without_name_or_days_is_refused_beside_the_fields() {
        signIn();
        page.navigate("/configuracoes/rotinas/nova");
        for (String day : DAYS) {
            page.getByLabel(day).uncheck();
        }
        button("Salvar").click();

        assertThat(fieldError("Nome")).hasText("não deve estar em branco");
        assertThat(page.locator(".field")
                        .filter(new Locator.FilterOptions().setHasText("Dias da semana"))
                        .locator(".field-error"))
                .hasText("marque ao menos um dia");
        assertThat(page.getByLabel("Segunda")).not().isChecked();
    }

    @Test
    void a_routine_of_another_account_answers_404() {
        Api other = newAccount();
        String foreign = other.post(
                        "/routines",
                        Map.of(
                                "name", "Alheia",
                                "task", "SEND_EMAIL",
                                "time", "08:10",
                                "daysOfWeek", List.of("MONDAY")))
                .id();
        signIn();

        var response = page.navigate("/configuracoes/rotinas/" + foreign);

        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("main")).containsText("Rotina não encontrado");
    }

    /** Seed 002 in the UI's account: a charge due 2021-02-20 and a rule "após vencido, 13 dias". */
    private String seed002Charge() {
        Api api = api();
        String sender = api.post(
                        "/senders",
                        Map.of("name", "Rotina", "host", "127.0.0.1", "port", 2525, "fromAddress", "c@p.com.br"))
                .id();
        Map<String, Object> method = Fixtures.aBoletoPaymentMethod();
        method.put("senderId", sender);
        String methodId = api.post("/payment-methods", method).id();
        api.post(
                "/payment-methods/" + methodId + "/rules",
                Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "attachInvoice", true));
        String customer = api.post("/customers", Fixtures.aCustomer()).id();
        String service = api.post("/customers/" + customer + "/services", Fixtures.aService())
                .id();
        return api.post("/charges", Fixtures.aCharge(customer, service, methodId, LocalDate.of(2021, 2, 20)))
                .id();
    }

    private Connection lock(String charge) throws SQLException {
        Connection lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        try (var select = lock.prepareStatement("SELECT 1 FROM charges WHERE id = ? FOR UPDATE")) {
            select.setObject(1, UUID.fromString(charge));
            select.executeQuery().close();
        }
        return lock;
    }

    private Locator fieldError(String label) {
        return page.locator(".field")
                .filter(new Locator.FilterOptions().setHas(page.getByLabel(label)))
                .locator(".field-error");
    }
}
