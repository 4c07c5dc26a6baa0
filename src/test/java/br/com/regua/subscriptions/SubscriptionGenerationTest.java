package br.com.regua.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures.Billing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionGenerationTest extends SubscriptionsIntegrationTest {

    Tenant tenant;
    Api api;
    Billing billing;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2027, 1, 1));
        tenant = newTenant();
        api = tenant.api();
        billing = Billing.in(api);
    }

    record Plan(String id, String cycle, int months, LocalDate anchor, int daysBefore) {

        /** Occurrence k, computed apart from the code under test: the anchor's day, or the month's last. */
        LocalDate due(int k) {
            YearMonth month = YearMonth.from(anchor).plusMonths((long) k * months);
            return month.atDay(Math.min(anchor.getDayOfMonth(), month.lengthOfMonth()));
        }
    }

    @Test
    void a_daily_timeline_of_25_months_generates_each_cycles_charges_once_on_their_generation_day() {
        List<Plan> plans = List.of(
                plan("MONTHLY", 1, "2027-01-31", null),
                plan("MONTHLY", 1, "2027-01-30", 0),
                plan("BIMONTHLY", 2, "2027-12-31", null),
                plan("QUARTERLY", 3, "2027-11-30", 5),
                plan("SEMIANNUAL", 6, "2027-08-31", null),
                plan("YEARLY", 12, "2028-02-29", 30),
                plan("BIENNIAL", 24, "2027-01-31", null));
        Map<String, Plan> byId = new HashMap<>();
        plans.forEach(p -> byId.put(p.id(), p));
        LocalDate last = LocalDate.of(2029, 1, 31);
        Set<String> seen = new HashSet<>();

        for (LocalDate day = LocalDate.of(2027, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            clock.setToday(day);
            subscriptions.generate(tenant.id(), day);
            List<String> keys = generatedKeys(tenant.id());
            assertThat(new HashSet<>(keys)).as("no duplicate on %s", day).hasSize(keys.size());
            for (String key : keys) {
                if (!seen.add(key)) continue;
                String[] parts = key.split(" ");
                Plan plan = byId.get(parts[0]);
                LocalDate due = LocalDate.parse(parts[1]);
                assertThat(due.minusDays(plan.daysBefore()))
                        .as("%s %s due %s generated on %s", plan.cycle(), plan.anchor(), due, day)
                        .isEqualTo(day);
            }
        }

        for (Plan plan : plans) {
            List<LocalDate> expected = new ArrayList<>();
            for (int k = 0; !plan.due(k).minusDays(plan.daysBefore()).isAfter(last); k++) expected.add(plan.due(k));
            assertThat(dueDates(tenant.id(), plan.id()))
                    .as(plan.cycle() + " from " + plan.anchor())
                    .containsExactlyElementsOf(expected);
            assertThat(api.get("/subscriptions/" + plan.id()).field("status")).isEqualTo("ACTIVE");
        }
        assertThat(dueDates(tenant.id(), plans.get(0).id()))
                .as("31 Jan keeps its anchor, through a leap February")
                .startsWith(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"), d("2027-04-30"))
                .contains(d("2028-02-29"), d("2028-03-31"))
                .hasSize(25);
        assertThat(dueDates(tenant.id(), plans.get(1).id()))
                .startsWith(d("2027-01-30"), d("2027-02-28"), d("2027-03-30"))
                .contains(d("2028-02-29"), d("2028-03-30"));
        assertThat(dueDates(tenant.id(), plans.get(2).id())).startsWith(d("2027-12-31"), d("2028-02-29"));
        assertThat(dueDates(tenant.id(), plans.get(3).id()))
                .startsWith(d("2027-11-30"), d("2028-02-29"), d("2028-05-30"));
        assertThat(dueDates(tenant.id(), plans.get(4).id()))
                .containsExactly(d("2027-08-31"), d("2028-02-29"), d("2028-08-31"));
        assertThat(dueDates(tenant.id(), plans.get(5).id())).containsExactly(d("2028-02-29"), d("2029-02-28"));
        assertThat(dueDates(tenant.id(), plans.get(6).id())).containsExactly(d("2027-01-31"), d("2029-01-31"));
        assertThat(api.get("/subscriptions/" + plans.get(0).id()).field("nextDueDate"))
                .isEqualTo("2029-02-28");
    }

    @Test
    void a_subscription_whose_first_generation_day_has_come_gets_its_first_charge_when_created() {
        String soon = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-08"))
                .id();
        String later = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();

        assertThat(dueDates(tenant.id(), soon)).containsExactly(LocalDate.of(2027, 1, 8));
        assertThat(api.get("/subscriptions/" + soon).field("nextDueDate")).isEqualTo("2027-02-08");
        assertThat(dueDates(tenant.id(), later)).isEmpty();
        subscriptions.generate(tenant.id(), LocalDate.of(2027, 1, 1));
        assertThat(dueDates(tenant.id(), soon)).hasSize(1);
    }

    @Test
    void a_yearly_29_february_caught_up_years_later_falls_on_28_february_until_the_next_leap_year() {
        Plan leap = plan("YEARLY", 12, "2028-02-29", null);

        subscriptions.generate(tenant.id(), LocalDate.of(2032, 3, 1));

        assertThat(dueDates(tenant.id(), leap.id()))
                .containsExactly(d("2028-02-29"), d("2029-02-28"), d("2030-02-28"), d("2031-02-28"), d("2032-02-29"));
        assertThat(api.get("/subscriptions/" + leap.id()).field("nextDueDate")).isEqualTo("2033-02-28");
    }

    @Test
    void two_racing_generators_create_every_charge_exactly_once() throws Exception {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 20; i++)
            // first due dates whose generation day (10 days before) is after today: the generators make them all
            plans.add(plan("MONTHLY", 1, LocalDate.of(2027, 1, 12 + i).toString(), null));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int created = 0;
            for (LocalDate date : List.of(d("2027-06-30"), d("2027-12-31"), d("2028-03-31"))) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Generation>> runs = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    runs.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return subscriptions.generate(tenant.id(), date);
                    }));
                }
                for (Future<Generation> run : runs)
                    created += run.get(60, TimeUnit.SECONDS).created();
            }

            List<String> keys = generatedKeys(tenant.id());
            assertThat(new HashSet<>(keys)).hasSize(keys.size());
            assertThat(created)
                    .as("charges created, summed over both generators")
                    .isEqualTo(keys.size());
            for (Plan plan : plans) {
                List<LocalDate> expected = new ArrayList<>();
                for (int k = 0; !plan.due(k).minusDays(10).isAfter(d("2028-03-31")); k++) expected.add(plan.due(k));
                assertThat(dueDates(tenant.id(), plan.id())).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_five_day_outage_is_caught_up_by_the_next_run_with_every_charge_exactly_once() {
        List<Plan> plans = new ArrayList<>();
        // generation days 14..20 Feb: the outage 15..19 Feb swallows five of them
        for (int day = 24; day <= 28; day++) plans.add(plan("MONTHLY", 1, "2027-02-" + day, null));
        plans.add(plan("MONTHLY", 1, "2027-03-01", null));
        plans.add(plan("MONTHLY", 1, "2027-03-02", null));
        Set<LocalDate> down =
                Set.of(d("2027-02-15"), d("2027-02-16"), d("2027-02-17"), d("2027-02-18"), d("2027-02-19"));
        Map<LocalDate, Integer> createdOn = new HashMap<>();

        for (LocalDate day = d("2027-02-01"); !day.isAfter(d("2027-04-30")); day = day.plusDays(1)) {
            if (down.contains(day)) continue;
            clock.setToday(day);
            createdOn.put(day, subscriptions.generate(tenant.id(), day).created());
        }

        assertThat(createdOn.get(d("2027-02-20")))
                .as("the day after the outage: its five owed charges and its own")
                .isEqualTo(6);
        List<String> keys = generatedKeys(tenant.id());
        assertThat(new HashSet<>(keys)).hasSize(keys.size());
        for (Plan plan : plans) {
            assertThat(dueDates(tenant.id(), plan.id())).containsExactly(plan.due(0), plan.due(1), plan.due(2));
        }
    }

    @Test
    void max_charges_ends_the_subscription_once_its_last_charge_is_generated() {
        Map<String, Object> body = aSubscription(billing, "MONTHLY", "2027-01-31");
        body.put("maxCharges", 3);
        String id = api.post("/subscriptions", body).id();

        subscriptions.generate(tenant.id(), d("2027-02-20"));
        Api.Response before = api.get("/subscriptions/" + id);
        subscriptions.generate(tenant.id(), d("2027-03-21"));
        subscriptions.generate(tenant.id(), d("2027-12-31"));

        assertThat(before.field("status")).isEqualTo("ACTIVE");
        assertThat(before.field("nextDueDate")).isEqualTo("2027-03-31");
        assertThat(dueDates(tenant.id(), id)).containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"));
        Api.Response ended = api.get("/subscriptions/" + id);
        assertThat(ended.field("status")).isEqualTo("ENDED");
        assertThat(ended.field("nextDueDate")).isNull();
    }

    @Test
    void an_end_date_ends_the_subscription_with_the_last_due_date_on_or_before_it() {
        Map<String, Object> body = aSubscription(billing, "MONTHLY", "2027-01-31");
        body.put("endDate", "2027-04-30");
        String id = api.post("/subscriptions", body).id();

        subscriptions.generate(tenant.id(), d("2027-03-25"));
        String whileOpen = api.get("/subscriptions/" + id).field("status");
        subscriptions.generate(tenant.id(), d("2027-04-20"));
        subscriptions.generate(tenant.id(), d("2027-12-31"));

        assertThat(whileOpen).isEqualTo("ACTIVE");
        assertThat(dueDates(tenant.id(), id))
                .containsExactly(d("2027-01-31"), d("2027-02-28"), d("2027-03-31"), d("2027-04-30"));
        assertThat(api.get("/subscriptions/" + id).field("status")).isEqualTo("ENDED");
    }

    @Test
    void a_change_applies_to_the_charges_not_generated_yet() {
        String id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        subscriptions.generate(tenant.id(), d("2027-01-21"));
        String otherMethod = api.post("/payment-methods", br.com.regua.testing.Fixtures.aBoletoPaymentMethod())
                .id();

        Api.Response changed = api.put(
                "/subscriptions/" + id,
                Map.of("amount", 12990, "description", "Plano novo", "paymentMethodId", otherMethod));
        subscriptions.generate(tenant.id(), d("2027-02-18"));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("amount").asLong()).isEqualTo(12990);
        var charges = api.get("/charges?subscriptionId=" + id).json().get("items");
        assertThat(charges).hasSize(2);
        assertThat(charges.get(0).get("amount").asLong()).isEqualTo(9990);
        assertThat(charges.get(0).get("description").asString()).isEqualTo("Plano");
        assertThat(charges.get(0).get("paymentMethodId").asString()).isEqualTo(billing.paymentMethodId());
        assertThat(charges.get(1).get("amount").asLong()).isEqualTo(12990);
        assertThat(charges.get(1).get("description").asString()).isEqualTo("Plano novo");
        assertThat(charges.get(1).get("paymentMethodId").asString()).isEqualTo(otherMethod);
    }

    @Test
    void a_generated_charge_has_its_origin_subscription_boleto_and_invoice_like_a_one_off_charge() {
        String id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        Api.Response oneOff = billing.charge(d("2027-01-31"));

        subscriptions.generate(tenant.id(), d("2027-01-21"));

        var items = api.get("/charges?subscriptionId=" + id).json().get("items");
        assertThat(items).hasSize(1);
        var charge = items.get(0);
        assertThat(charge.get("origin").asString()).isEqualTo("SUBSCRIPTION");
        assertThat(charge.get("subscriptionId").asString()).isEqualTo(id);
        assertThat(charge.get("status").asString()).isEqualTo("PENDING");
        assertThat(charge.get("dueDate").asString()).isEqualTo("2027-01-31");
        assertThat(charge.get("effectiveDueDate").asString()).isEqualTo("2027-02-01");
        assertThat(charge.get("customerId").asString()).isEqualTo(billing.customerId());
        assertThat(charge.get("serviceId").asString()).isEqualTo(billing.serviceId());
        assertThat(charge.get("carneId").isNull()).isTrue();
        assertThat(charge.get("installment").isNull()).isTrue();
        assertThat(Long.parseLong(charge.get("nossoNumero").asString()))
                .isEqualTo(Long.parseLong(oneOff.field("nossoNumero")) + 1);
        assertThat(charge.get("barcode").asString()).hasSize(44);
        assertThat(charge.get("digitableLine").asString()).isNotBlank();
        assertThat(oneOff.field("origin")).isEqualTo("ONE_OFF");
        assertThat(oneOff.json().get("subscriptionId").isNull()).isTrue();
        var pdf = api.getBytes("/charges/" + charge.get("id").asString() + "/invoice.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void a_description_with_quotes_commas_and_backslashes_reaches_the_generated_charge_as_written() {
        String description = "Plano \"Fibra\", {300M} \\ NULL";
        Map<String, Object> body = aSubscription(billing, "MONTHLY", "2027-01-31");
        body.put("description", description);
        String id = api.post("/subscriptions", body).id();

        subscriptions.generate(tenant.id(), d("2027-01-21"));

        assertThat(api.get("/charges?subscriptionId=" + id)
                        .json()
                        .get("items")
                        .get(0)
                        .get("description")
                        .asString())
                .isEqualTo(description);
    }

    @Test
    void a_generate_subscription_charges_routine_run_creates_the_charges_due_by_its_date_and_counts_them() {
        String id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        Map<String, Object> routine = new HashMap<>(Map.of(
                "name", "Gerar cobranças",
                "task", "GENERATE_SUBSCRIPTION_CHARGES",
                "time", "06:00:00",
                "daysOfWeek", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "runOnHolidays", true));
        String routineId = api.post("/routines", routine).id();

        Api.Response first =
                awaitRun(routineId, api.post("/routines/" + routineId + "/runs", Map.of("date", "2027-02-18")));
        Api.Response again =
                awaitRun(routineId, api.post("/routines/" + routineId + "/runs", Map.of("date", "2027-02-18")));

        assertThat(first.field("status")).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.json().get("evaluated").asInt()).isEqualTo(2);
        assertThat(first.json().get("queued").asInt()).isEqualTo(2);
        assertThat(again.field("status")).isEqualTo("COMPLETED");
        assertThat(again.json().get("queued").asInt()).isZero();
        assertThat(api.get("/charges?subscriptionId=" + id).json().get("items")).hasSize(2);
    }

    private Api.Response awaitRun(String routineId, Api.Response started) {
        String path = "/routines/" + routineId + "/runs/" + started.id();
        return org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> api.get(path), r -> !"RUNNING".equals(r.field("status")));
    }

    private Plan plan(String cycle, int months, String anchor, Integer daysBefore) {
        Map<String, Object> body = aSubscription(billing, cycle, anchor);
        if (daysBefore != null) body.put("generateDaysBefore", daysBefore);
        Api.Response created = api.post("/subscriptions", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Plan(created.id(), cycle, months, LocalDate.parse(anchor), daysBefore == null ? 10 : daysBefore);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @SuppressWarnings("unused")
    private static UUID uuid(String s) {
        return UUID.fromString(s);
    }
}
