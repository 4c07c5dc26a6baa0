package br.com.regua.routines;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another account's routines and runs are, to a caller, ones that do not exist. */
class RoutinesTenantIsolationTest extends RoutinesIntegrationTest {

    @Test
    void every_routine_endpoint_answers_404_to_another_account() {
        clock.setToday(LocalDate.of(2021, 3, 5));
        Api owner = newAccount("Dono");
        String routine = owner.post("/routines", aRoutine("MARK_OVERDUE")).id();
        String run = owner.post("/routines/" + routine + "/runs", Map.of("date", "2021-03-05"))
                .id();
        Api intruder = newAccount("Intruso");

        var calls = List.of(
                new Call("GET", "/routines/" + routine, null),
                new Call("PUT", "/routines/" + routine, aRoutine("SEND_SMS")),
                new Call("POST", "/routines/" + routine + "/runs", Map.of("date", "2021-03-06")),
                new Call("POST", "/routines/" + routine + "/runs", null),
                new Call("GET", "/routines/" + routine + "/runs", null),
                new Call("GET", "/routines/" + routine + "/runs/" + run, null));
        for (Call call : calls) {
            Api.Response response = intruder.send(call.method(), call.path(), call.body());
            assertThat(response.status()).as(call.toString()).isEqualTo(404);
            assertThat(response.text()).as(call.toString()).doesNotContain("MARK_OVERDUE");
        }

        assertThat(intruder.get("/routines").json().get("items")).isEmpty();
        assertThat(owner.get("/routines/" + routine).field("task")).isEqualTo("MARK_OVERDUE");
        assertThat(owner.get("/routines/" + routine + "/runs").json().get("items"))
                .hasSize(1);
    }

    record Call(String method, String path, Object body) {}
}
