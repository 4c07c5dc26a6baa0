package br.com.regua.routines;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Helpers of the routines' tests: accounts whose id we know, routine bodies. */
abstract class RoutinesIntegrationTest extends IntegrationTest {

    static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    /** An account, with its id for calling services directly, and its API client. */
    record Tenant(UUID id, Api api) {}

    Tenant newTenant() {
        Api.Response created = operator().post("/accounts", Map.of("name", "Provedor " + UUID.randomUUID()));
        return new Tenant(UUID.fromString(created.id()), new Api(port, created.field("apiKey")));
    }

    /** The body of product.md Appendix A, with another task. */
    static Map<String, Object> aRoutine(String task) {
        return new HashMap<>(Map.of(
                "name",
                "Rotina " + task,
                "task",
                task,
                "time",
                "08:10:00",
                "daysOfWeek",
                EVERY_DAY,
                "runOnHolidays",
                true));
    }
}
