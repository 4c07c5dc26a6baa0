package br.com.regua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CalendarApiTest extends IntegrationTest {

    Api api;

    @BeforeEach
    void setUp() {
        api = newAccount();
    }

    @Test
    void a_yearly_account_holiday_is_listed_in_every_year_beside_the_national_ones() {
        Api.Response created =
                api.post("/holidays", Map.of("date", "2027-01-25", "name", "Aniversário de São Paulo", "yearly", true));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.field("source")).isEqualTo("ACCOUNT");
        assertThat(created.json().get("yearly").asBoolean()).isTrue();
        for (int year : new int[] {2026, 2027, 2030}) {
            JsonNode items = api.get("/holidays?year=" + year).json().get("items");
            JsonNode anniversary = find(items, year + "-01-25");
            assertThat(anniversary).as("year " + year).isNotNull();
            assertThat(anniversary.get("source").asString()).isEqualTo("ACCOUNT");
            assertThat(anniversary.get("id").asString()).isEqualTo(created.id());
            assertThat(anniversary.get("name").asString()).isEqualTo("Aniversário de São Paulo");
        }
        JsonNode items2027 = api.get("/holidays?year=2027").json().get("items");
        assertThat(find(items2027, "2027-01-01").get("source").asString()).isEqualTo("NATIONAL");
        assertThat(find(items2027, "2027-01-01").get("id").isNull()).isTrue();
        assertThat(find(items2027, "2027-02-08").get("name").asString()).startsWith("Carnaval");
        assertThat(dates(items2027))
                .isSorted()
                .hasSize(NationalHolidays.of(2027).size() + 1);
    }

    @Test
    void a_one_off_holiday_is_listed_only_in_its_own_year() {
        api.post("/holidays", Map.of("date", "2027-03-15", "name", "Ponto facultativo"));

        assertThat(dates(api.get("/holidays?year=2027").json().get("items"))).contains("2027-03-15");
        assertThat(dates(api.get("/holidays?year=2028").json().get("items"))).doesNotContain("2028-03-15");
    }

    @Test
    void without_a_year_the_current_one_is_listed() {
        clock.setToday(LocalDate.of(2028, 6, 1));

        assertThat(dates(api.get("/holidays").json().get("items"))).contains("2028-01-01", "2028-12-25");
    }

    @Test
    void a_deleted_holiday_is_gone_and_a_second_delete_is_404() {
        String id = api.post("/holidays", Map.of("date", "2027-07-09", "name", "Revolução Constitucionalista"))
                .id();

        assertThat(api.send("DELETE", "/holidays/" + id, null).status()).isEqualTo(204);
        assertThat(dates(api.get("/holidays?year=2027").json().get("items"))).doesNotContain("2027-07-09");
        assertThat(api.send("DELETE", "/holidays/" + id, null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/holidays/not-an-id", null).status()).isEqualTo(404);
    }

    @Test
    void another_accounts_holiday_is_neither_listed_nor_deletable() {
        String id = api.post("/holidays", Map.of("date", "2027-07-09", "name", "Revolução Constitucionalista"))
                .id();
        Api intruder = newAccount();

        assertThat(dates(intruder.get("/holidays?year=2027").json().get("items")))
                .doesNotContain("2027-07-09");
        assertThat(intruder.send("DELETE", "/holidays/" + id, null).status()).isEqualTo(404);
        assertThat(dates(api.get("/holidays?year=2027").json().get("items"))).contains("2027-07-09");
    }

    @Test
    void the_same_date_twice_is_a_conflict_naming_the_existing_holiday() {
        String id = api.post("/holidays", Map.of("date", "2027-01-25", "name", "Aniversário", "yearly", true))
                .id();

        Api.Response again = api.post("/holidays", Map.of("date", "2029-01-25", "name", "Outro", "yearly", true));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.field("detail")).contains("Aniversário", id);
    }

    @Test
    void an_account_has_at_most_200_holidays() {
        LocalDate first = LocalDate.of(2030, 1, 1);
        for (int i = 0; i < AccountHolidays.MAX_PER_ACCOUNT; i++) {
            Api.Response created =
                    api.post("/holidays", Map.of("date", first.plusDays(i).toString(), "name", "Dia " + i));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }

        Api.Response one = api.post("/holidays", Map.of("date", "2035-01-02", "name", "Mais um"));

        assertThat(one.status()).isEqualTo(409);
        assertThat(one.field("detail")).contains("200");
    }

    @Test
    void bad_holidays_name_their_field() {
        assertThat(api.post("/holidays", Map.of("name", "Sem data")).errorFields())
                .containsExactly("date");
        assertThat(api.post("/holidays", Map.of("date", "2027-02-30", "name", "X"))
                        .errorFields())
                .containsExactly("date");
        assertThat(api.post("/holidays", Map.of("date", "1999-12-31", "name", "X"))
                        .errorFields())
                .containsExactly("date");
        assertThat(api.post("/holidays", Map.of("date", "2027-05-05", "name", " "))
                        .errorFields())
                .containsExactly("name");
        assertThat(api.post("/holidays", Map.of("date", "2027-05-05", "name", "X", "yearly", "sim"))
                        .errorFields())
                .containsExactly("yearly");
        assertThat(api.get("/holidays?year=1900").errorFields()).containsExactly("year");
        assertThat(api.get("/holidays?year=abc").errorFields()).containsExactly("year");
    }

    @Test
    void a_charge_due_on_an_account_holiday_is_effectively_due_on_the_next_business_day() {
        clock.setToday(LocalDate.of(2026, 12, 1));
        Billing billing = Billing.in(api);
        api.post("/holidays", Map.of("date", "2027-01-25", "name", "Aniversário de São Paulo", "yearly", true));

        Api.Response charge = billing.charge(LocalDate.of(2027, 1, 25)); // a Monday

        assertThat(charge.field("effectiveDueDate")).isEqualTo("2027-01-26");
        Billing elsewhere = Billing.in(newAccount());
        assertThat(elsewhere.charge(LocalDate.of(2027, 1, 25)).field("effectiveDueDate"))
                .isEqualTo("2027-01-25");
    }

    @Test
    void the_calendar_policy_defaults_to_business_days_and_can_be_set_to_exact() {
        assertThat(api.get("/settings/calendar").field("policy")).isEqualTo("BUSINESS_DAYS");

        Api.Response exact = api.put("/settings/calendar", Map.of("policy", "EXACT"));

        assertThat(exact.status()).isEqualTo(200);
        assertThat(exact.field("policy")).isEqualTo("EXACT");
        assertThat(api.get("/settings/calendar").field("policy")).isEqualTo("EXACT");
        assertThat(api.put("/settings/calendar", Map.of("policy", "BUSINESS_DAYS"))
                        .field("policy"))
                .isEqualTo("BUSINESS_DAYS");
        assertThat(newAccount().get("/settings/calendar").field("policy")).isEqualTo("BUSINESS_DAYS");
    }

    @Test
    void a_bad_calendar_policy_names_the_field() {
        assertThat(api.put("/settings/calendar", Map.of("policy", "WEEKDAYS")).errorFields())
                .containsExactly("policy");
        assertThat(api.put("/settings/calendar", "{}").errorFields()).containsExactly("policy");
        assertThat(api.get("/settings/calendar").field("policy")).isEqualTo("BUSINESS_DAYS");
    }

    private static JsonNode find(JsonNode items, String date) {
        for (JsonNode item : items) {
            if (item.get("date").asString().equals(date)) return item;
        }
        return null;
    }

    private static List<String> dates(JsonNode items) {
        List<String> dates = new ArrayList<>();
        items.forEach(item -> dates.add(item.get("date").asString()));
        return dates;
    }
}
