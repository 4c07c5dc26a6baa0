package br.com.regua.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HolidayPagesTest extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @AfterEach
    void restorePolicy() {
        api().put("/settings/calendar", Map.of("policy", "BUSINESS_DAYS"));
    }

    @Test
    void a_yearly_holiday_added_in_the_form_is_listed_among_the_national_ones_and_can_be_removed() {
        // Far from the due dates the other browser tests use (the coming days), in this year.
        LocalDate today = LocalDate.now(ZoneId.of("America/Sao_Paulo"));
        LocalDate date = today.getMonthValue() <= 6
                ? LocalDate.of(today.getYear(), 12, 10)
                : LocalDate.of(today.getYear(), 1, 10);
        String name = "Aniversário da cidade " + UUID.randomUUID().toString().substring(0, 6);
        signIn();
        page.navigate("/configuracoes/feriados");
        assertThat(page.locator("#holidays")).containsText("Tiradentes");

        page.getByLabel("Data", EXACT).fill(date.toString());
        page.getByLabel("Nome").fill(name);
        page.getByLabel("Repete todo ano").check();
        button("Adicionar").click();

        Locator row = page.locator("#holidays tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row)
                .containsText(
                        String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
        assertThat(row).containsText("Da empresa, todo ano");
        page.navigate("/configuracoes/feriados?ano=" + (date.getYear() + 1));
        assertThat(row).containsText(String.valueOf(date.getYear() + 1));

        page.onceDialog(dialog -> dialog.accept());
        row.getByRole(AriaRole.BUTTON).click();

        assertThat(page.locator(".alert.success")).hasText("Feriado removido.");
        assertThat(page.locator("#holidays")).not().containsText(name);
        Assertions.assertThat(api().get("/holidays?year=" + date.getYear()).text())
                .doesNotContain(name);
    }

    @Test
    void the_same_date_twice_is_refused_beside_the_date() {
        LocalDate date = LocalDate.of(2031, 8, 15);
        String name = "Padroeira " + UUID.randomUUID().toString().substring(0, 6);
        String id = api().post("/holidays", Map.of("date", date.toString(), "name", name))
                .id();
        try {
            signIn();
            page.navigate("/configuracoes/feriados?ano=2031");
            page.getByLabel("Data", EXACT).fill(date.toString());
            page.getByLabel("Nome").fill("Outro nome");
            button("Adicionar").click();

            assertThat(page.locator(".field")
                            .filter(new Locator.FilterOptions().setHas(page.getByLabel("Data", EXACT)))
                            .locator(".field-error"))
                    .hasText("já existe o feriado \"" + name + "\" nesta data");
            assertThat(page.getByLabel("Nome")).hasValue("Outro nome");
        } finally {
            api().send("DELETE", "/holidays/" + id, null);
        }
    }

    @Test
    void the_calendar_policy_is_chosen_with_its_explanation() {
        signIn();
        page.navigate("/configuracoes/feriados");
        assertThat(page.getByText("Nada é enviado em fins de semana e feriados"))
                .isVisible();

        page.getByLabel("Data exata").check();
        button("Salvar política").click();

        assertThat(page.locator(".alert.success")).hasText("Política de envio salva.");
        assertThat(page.getByLabel("Data exata")).isChecked();
        Assertions.assertThat(api().get("/settings/calendar").field("policy")).isEqualTo("EXACT");
    }
}
