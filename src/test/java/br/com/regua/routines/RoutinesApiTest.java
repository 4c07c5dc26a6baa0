package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutinesApiTest extends RoutinesIntegrationTest {

    Api api;

    @BeforeEach
    void setUp() {
        api = newAccount();
    }

    @Test
    void the_routine_of_the_seed_is_created_active_with_a_week_of_catch_up() {
        Api.Response created = api.post("/routines", """
                {"name": "Envio de e-mails", "task": "SEND_EMAIL", "time": "08:10:00",
                 "daysOfWeek": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"],
                 "runOnHolidays": true}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotBlank();
        assertThat(created.field("name")).isEqualTo("Envio de e-mails");
        assertThat(created.field("task")).isEqualTo("SEND_EMAIL");
        assertThat(created.field("time")).isEqualTo("08:10:00");
        assertThat(days(created)).containsExactlyElementsOf(EVERY_DAY);
        assertThat(created.json().get("runOnHolidays").asBoolean()).isTrue();
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(created.json().get("catchUpDays").asInt()).isEqualTo(7);
        assertThat(api.get("/routines/" + created.id()).json()).isEqualTo(created.json());
    }

    @Test
    void a_time_without_seconds_is_accepted() {
        var body = aRoutine("MARK_OVERDUE");
        body.put("time", "23:45");

        assertThat(api.post("/routines", body).field("time")).isEqualTo("23:45:00");
    }

    @Test
    void days_of_the_week_are_kept_once_each_in_week_order() {
        var body = aRoutine("SEND_SMS");
        body.put("daysOfWeek", List.of("FRIDAY", "MONDAY", "FRIDAY"));

        assertThat(days(api.post("/routines", body))).containsExactly("MONDAY", "FRIDAY");
    }

    @Test
    void a_routine_is_replaced_by_put() {
        String id = api.post("/routines", aRoutine("SEND_EMAIL")).id();
        var body = aRoutine("SEND_WHATSAPP");
        body.putAll(Map.of(
                "name",
                "WhatsApp dias úteis",
                "time",
                "18:00:00",
                "daysOfWeek",
                List.of("MONDAY", "TUESDAY"),
                "runOnHolidays",
                false,
                "active",
                false,
                "catchUpDays",
                60));

        Api.Response updated = api.put("/routines/" + id, body);

        assertThat(updated.status()).isEqualTo(200);
        Api.Response read = api.get("/routines/" + id);
        assertThat(read.field("name")).isEqualTo("WhatsApp dias úteis");
        assertThat(read.field("task")).isEqualTo("SEND_WHATSAPP");
        assertThat(read.field("time")).isEqualTo("18:00:00");
        assertThat(days(read)).containsExactly("MONDAY", "TUESDAY");
        assertThat(read.json().get("runOnHolidays").asBoolean()).isFalse();
        assertThat(read.json().get("active").asBoolean()).isFalse();
        assertThat(read.json().get("catchUpDays").asInt()).isEqualTo(60);
    }

    @Test
    void routines_are_listed_in_creation_order_page_by_page() {
        List<String> created = new ArrayList<>();
        for (String task : List.of("SEND_EMAIL", "SEND_SMS", "MARK_OVERDUE")) {
            created.add(api.post("/routines", aRoutine(task)).id());
        }

        Api.Response first = api.get("/routines?limit=2");
        Api.Response second = api.get("/routines?limit=2&cursor=" + first.field("next"));

        List<String> seen = new ArrayList<>();
        first.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
        second.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(second.field("next")).isNull();
    }

    @Test
    void every_bad_field_is_named() {
        assertRefused(b -> b.put("name", " "), "name");
        assertRefused(b -> b.remove("name"), "name");
        assertRefused(b -> b.put("task", "SEND_LETTER"), "task");
        assertRefused(b -> b.remove("task"), "task");
        assertRefused(b -> b.put("time", "25:00:00"), "time");
        assertRefused(b -> b.put("time", "8h10"), "time");
        assertRefused(b -> b.remove("time"), "time");
        assertRefused(b -> b.put("daysOfWeek", List.of()), "daysOfWeek");
        assertRefused(b -> b.remove("daysOfWeek"), "daysOfWeek");
        assertRefused(b -> b.put("daysOfWeek", List.of("SEGUNDA")), "daysOfWeek[0]");
        assertRefused(b -> b.put("catchUpDays", 0), "catchUpDays");
        assertRefused(b -> b.put("catchUpDays", 61), "catchUpDays");
        assertRefused(b -> b.put("runOnHolidays", "talvez"), "runOnHolidays");
    }

    @Test
    void an_unknown_task_lists_the_accepted_ones() {
        var body = aRoutine("SEND_EMAIL");
        body.put("task", "SEND_LETTER");

        assertThat(api.post("/routines", body).text()).contains("MARK_OVERDUE", "GENERATE_SUBSCRIPTION_CHARGES");
    }

    @Test
    void a_routine_generating_subscription_charges_can_be_created_and_changed_to() {
        Api.Response created = api.post("/routines", aRoutine("GENERATE_SUBSCRIPTION_CHARGES"));
        String other = api.post("/routines", aRoutine("SEND_EMAIL")).id();

        Api.Response changed = api.put("/routines/" + other, aRoutine("GENERATE_SUBSCRIPTION_CHARGES"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.field("task")).isEqualTo("GENERATE_SUBSCRIPTION_CHARGES");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(api.get("/routines/" + other).field("task")).isEqualTo("GENERATE_SUBSCRIPTION_CHARGES");
    }

    @Test
    void an_unknown_routine_is_not_found() {
        assertThat(api.get("/routines/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/routines/not-an-id").status()).isEqualTo(404);
        assertThat(api.put("/routines/" + UUID.randomUUID(), aRoutine("SEND_SMS"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/routines/" + UUID.randomUUID() + "/runs", "{}").status())
                .isEqualTo(404);
        assertThat(api.get("/routines/" + UUID.randomUUID() + "/runs").status()).isEqualTo(404);
    }

    private void assertRefused(Consumer<Map<String, Object>> change, String field) {
        var body = aRoutine("SEND_EMAIL");
        change.accept(body);
        Api.Response refused = api.post("/routines", body);
        assertThat(refused.status()).as(body.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).as(body.toString()).contains(field);
    }

    private static List<String> days(Api.Response routine) {
        List<String> days = new ArrayList<>();
        routine.json().get("daysOfWeek").forEach(d -> days.add(d.asString()));
        return days;
    }
}
