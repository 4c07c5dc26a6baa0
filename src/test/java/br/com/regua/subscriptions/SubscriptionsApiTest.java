package br.com.regua.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.Fixtures.Billing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubscriptionsApiTest extends SubscriptionsIntegrationTest {

    Api api;
    Billing billing;

    @BeforeEach
    void setUp() {
        clock.setToday(LocalDate.of(2027, 1, 5));
        api = newAccount();
        billing = Billing.in(api);
    }

    @Test
    void a_subscription_is_created_active_with_the_accounts_next_number_and_its_first_due_date_next() {
        Api.Response first = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"));
        Api.Response second = api.post("/subscriptions", aSubscription(billing, "YEARLY", "2028-02-29"));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.field("status")).isEqualTo("ACTIVE");
        assertThat(first.field("nextDueDate")).isEqualTo("2027-01-31");
        assertThat(first.field("cycle")).isEqualTo("MONTHLY");
        assertThat(first.json().get("amount").asLong()).isEqualTo(9990);
        assertThat(first.json().get("generateDaysBefore").asInt()).isEqualTo(10);
        assertThat(first.json().get("number").asLong()).isEqualTo(1000);
        assertThat(first.json().get("deactivationReason").isNull()).isTrue();
        assertThat(second.json().get("number").asLong()).isEqualTo(1001);
        assertThat(api.get("/subscriptions/" + first.id()).json()).isEqualTo(first.json());
    }

    @Test
    void subscriptions_created_at_once_get_distinct_numbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Api.Response>> created = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                created.add(
                        pool.submit(() -> api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-02-10"))));
            }
            List<Long> numbers = new ArrayList<>();
            for (var f : created) {
                Api.Response r = f.get(30, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                numbers.add(r.json().get("number").asLong());
            }
            assertThat(new HashSet<>(numbers)).hasSize(12);
            assertThat(numbers).allMatch(n -> n >= 1000 && n < 1012);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_list_filters_by_status_number_and_customer_and_pages() {
        String a = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        String b = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-02-28"))
                .id();
        String otherCustomer = api.post("/customers", Fixtures.aCustomer()).id();
        var forOther = aSubscription(billing, "MONTHLY", "2027-02-28");
        forOther.put("customerId", otherCustomer);
        forOther.remove("serviceId");
        String c = api.post("/subscriptions", forOther).id();
        long numberOfB = api.get("/subscriptions/" + b).json().get("number").asLong();
        api.post("/subscriptions/" + a + "/cancellation", Map.of("notifyCustomer", false));

        assertThat(ids(api.get("/subscriptions"))).containsExactly(a, b, c);
        assertThat(ids(api.get("/subscriptions?status=ACTIVE"))).containsExactly(b, c);
        assertThat(ids(api.get("/subscriptions?status=CANCELLED"))).containsExactly(a);
        assertThat(ids(api.get("/subscriptions?status=DEACTIVATED"))).isEmpty();
        assertThat(ids(api.get("/subscriptions?number=" + numberOfB))).containsExactly(b);
        assertThat(ids(api.get("/subscriptions?customerId=" + otherCustomer))).containsExactly(c);
        Api.Response page = api.get("/subscriptions?limit=2");
        assertThat(ids(page)).containsExactly(a, b);
        assertThat(ids(api.get("/subscriptions?limit=2&cursor=" + page.field("next"))))
                .containsExactly(c);
        assertThat(api.get("/subscriptions?status=PAUSED").status()).isEqualTo(400);
        Api.Response badNumber = api.get("/subscriptions?number=abc");
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.errorFields()).containsExactly("number");
    }

    @Test
    void a_client_may_put_back_what_it_read() {
        Api.Response read = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"));

        Api.Response put = api.put("/subscriptions/" + read.id(), read.text());

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.json()).isEqualTo(read.json());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "cycle              | \"WEEKLY\"",
                "cycle              | null",
                "firstDueDate       | \"1900-01-31\"",
                "firstDueDate       | \"2027-02-30\"",
                "firstDueDate       | null",
                "generateDaysBefore | -1",
                "generateDaysBefore | 91",
                "amount             | 0",
                "amount             | 99.90",
                "amount             | 100000000000",
                "maxCharges         | 0",
                "endDate            | \"2026-12-31\"",
                "customerId         | \"not-an-id\"",
                "customerId         | \"0192f7a0-0000-7000-8000-00000000abcd\"",
                "paymentMethodId    | \"0192f7a0-0000-7000-8000-00000000abcd\"",
                "serviceId          | \"0192f7a0-0000-7000-8000-00000000abcd\"",
            })
    void a_wrong_subscription_field_is_named(String field, String json) {
        Map<String, Object> valid = aSubscription(billing, "MONTHLY", "2027-01-31");
        valid.remove(field);
        String text = body(valid, field, json);

        Api.Response response = api.post("/subscriptions", text);

        assertThat(response.status()).as(response.toString()).isIn(400, 422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).as(response.toString()).contains(field);
    }

    @Test
    void an_unknown_cycle_lists_the_accepted_ones() {
        var body = aSubscription(billing, "WEEKLY", "2027-01-31");

        Api.Response response = api.post("/subscriptions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("MONTHLY", "BIMONTHLY", "QUARTERLY", "SEMIANNUAL", "YEARLY", "BIENNIAL");
    }

    @Test
    void both_an_end_date_and_max_charges_are_refused() {
        var body = aSubscription(billing, "MONTHLY", "2027-01-31");
        body.put("endDate", "2027-12-31");
        body.put("maxCharges", 12);

        Api.Response response = api.post("/subscriptions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("maxCharges");
    }

    @Test
    void the_cycle_and_first_due_date_cannot_change_once_a_charge_was_generated_but_may_be_sent_back() {
        Api.Response created = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"));
        String id = created.id();
        Api.Response before = api.put("/subscriptions/" + id, Map.of("cycle", "YEARLY"));
        subscriptions.generate(currentAccount(), LocalDate.of(2027, 1, 21));

        Api.Response cycle = api.put("/subscriptions/" + id, Map.of("cycle", "MONTHLY"));
        Api.Response first = api.put("/subscriptions/" + id, Map.of("firstDueDate", "2027-02-28"));
        Api.Response same = api.put(
                "/subscriptions/" + id,
                Map.of("cycle", "YEARLY", "firstDueDate", "2027-01-31", "customerId", billing.customerId()));
        Api.Response customer = api.put(
                "/subscriptions/" + id,
                Map.of("customerId", Fixtures.aCustomer().get("name")));

        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.errorFields()).containsExactly("cycle");
        assertThat(first.errorFields()).containsExactly("firstDueDate");
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(customer.errorFields()).containsExactly("customerId");
    }

    @Test
    void a_put_with_an_explicit_null_end_date_or_max_charges_removes_it() {
        var dated = aSubscription(billing, "MONTHLY", "2027-01-31");
        dated.put("endDate", "2027-12-31");
        var counted = aSubscription(billing, "MONTHLY", "2027-01-31");
        counted.put("maxCharges", 12);
        String byDate = api.post("/subscriptions", dated).id();
        String byCount = api.post("/subscriptions", counted).id();

        Api.Response noDate = api.put("/subscriptions/" + byDate, "{\"endDate\": null}");
        Api.Response noCount = api.put("/subscriptions/" + byCount, "{\"maxCharges\": null, \"amount\": 12345}");

        assertThat(noDate.status()).as(noDate.toString()).isEqualTo(200);
        assertThat(api.get("/subscriptions/" + byDate).json().get("endDate").isNull())
                .isTrue();
        assertThat(noCount.status()).as(noCount.toString()).isEqualTo(200);
        assertThat(api.get("/subscriptions/" + byCount).json().get("maxCharges").isNull())
                .isTrue();
        assertThat(noCount.json().get("amount").asLong()).isEqualTo(12345);
    }

    @Test
    void a_put_without_the_end_fields_keeps_them() {
        var dated = aSubscription(billing, "MONTHLY", "2027-01-31");
        dated.put("endDate", "2027-12-31");
        var counted = aSubscription(billing, "MONTHLY", "2027-01-31");
        counted.put("maxCharges", 12);
        String byDate = api.post("/subscriptions", dated).id();
        String byCount = api.post("/subscriptions", counted).id();

        Api.Response date = api.put("/subscriptions/" + byDate, "{\"amount\": 12345, \"description\": null}");
        Api.Response count = api.put("/subscriptions/" + byCount, Map.of("description", "Plano novo"));

        assertThat(date.status()).as(date.toString()).isEqualTo(200);
        assertThat(api.get("/subscriptions/" + byDate).field("endDate")).isEqualTo("2027-12-31");
        assertThat(api.get("/subscriptions/" + byDate).field("description")).isEqualTo("Plano");
        assertThat(count.status()).as(count.toString()).isEqualTo(200);
        assertThat(api.get("/subscriptions/" + byCount).json().get("maxCharges").asInt())
                .isEqualTo(12);
    }

    @Test
    void a_put_swaps_an_end_date_for_a_number_of_charges_when_the_date_is_sent_as_null() {
        var dated = aSubscription(billing, "MONTHLY", "2027-01-31");
        dated.put("endDate", "2027-12-31");
        String id = api.post("/subscriptions", dated).id();

        Api.Response both = api.put("/subscriptions/" + id, Map.of("maxCharges", 6));
        Api.Response swapped = api.put("/subscriptions/" + id, "{\"endDate\": null, \"maxCharges\": 6}");

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.errorFields()).containsExactly("maxCharges");
        assertThat(swapped.status()).as(swapped.toString()).isEqualTo(200);
        assertThat(swapped.json().get("endDate").isNull()).isTrue();
        assertThat(swapped.json().get("maxCharges").asInt()).isEqualTo(6);
    }

    @Test
    void the_openapi_document_says_that_an_explicit_null_removes_the_end() throws Exception {
        String document = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();

        var openApi = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document);
        String put = openApi.at("/paths/~1api~1v1~1subscriptions~1{id}/put/description")
                .asString();
        var body = openApi.at("/components/schemas/SubscriptionChanges/properties");
        assertThat(body.has("endDate") && body.has("maxCharges"))
                .as(body.toString())
                .isTrue();
        assertThat(body.has("cleared")).as(body.toString()).isFalse();
        assertThat(put).contains("`\"endDate\": null` remove a data final", "omitir o campo mantém o valor atual");
    }

    @Test
    void a_put_with_a_bad_field_names_it() {
        String id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();

        assertThat(api.put("/subscriptions/" + id, Map.of("generateDaysBefore", 100))
                        .errorFields())
                .containsExactly("generateDaysBefore");
        assertThat(api.put("/subscriptions/" + id, Map.of("cycle", "DAILY")).status())
                .isEqualTo(400);
        Api.Response method =
                api.put("/subscriptions/" + id, Map.of("paymentMethodId", "0192f7a0-0000-7000-8000-00000000abcd"));
        assertThat(method.status()).isEqualTo(422);
        assertThat(method.errorFields()).containsExactly("paymentMethodId");
    }

    @Test
    void no_hostile_body_or_parameter_makes_a_subscription_endpoint_answer_500() {
        String id = api.post("/subscriptions", aSubscription(billing, "MONTHLY", "2027-01-31"))
                .id();
        List<Api.Response> answers = new ArrayList<>();
        for (String body : List.of(
                "[]",
                "\"x\"",
                "{",
                "{\"amount\": \"abc\"}",
                "{\"amount\": 1e30}",
                "{\"maxCharges\": 99999999999}",
                "{\"endDate\": \"1900-01-01\"}",
                "{\"firstDueDate\": \"0000-01-01\"}",
                "{\"notifyCustomer\": \"talvez\"}",
                "null")) {
            answers.add(api.post("/subscriptions", body));
            answers.add(api.put("/subscriptions/" + id, body));
            answers.add(api.post("/subscriptions/" + id + "/cancellation", body));
            answers.add(api.post("/subscriptions/" + id + "/reactivation", body));
        }
        for (String query :
                List.of("number=99999999999999999999", "limit=0", "limit=abc", "cursor=!!!", "customerId=x")) {
            answers.add(api.get("/subscriptions?" + query));
        }

        assertThat(answers)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isLessThan(500));
        assertThat(api.get("/subscriptions/" + id).status()).isEqualTo(200);
    }

    @Test
    void an_unknown_subscription_is_not_found() {
        assertThat(api.get("/subscriptions/" + java.util.UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/subscriptions/not-an-id").status()).isEqualTo(404);
        assertThat(api.post("/subscriptions/not-an-id/reactivation", "{}").status())
                .isEqualTo(404);
    }

    private java.util.UUID currentAccount() {
        return jdbc.sql("SELECT account_id FROM customers WHERE id = ?")
                .param(java.util.UUID.fromString(billing.customerId()))
                .query(java.util.UUID.class)
                .single();
    }

    /** The valid body with {@code field} set to the raw JSON {@code json}. */
    private static String body(Map<String, Object> valid, String field, String json) {
        StringBuilder body = new StringBuilder("{");
        valid.forEach((k, v) -> body.append('"')
                .append(k)
                .append("\":")
                .append(v instanceof Number ? v.toString() : "\"" + v + "\"")
                .append(','));
        return body.append('"')
                .append(field)
                .append("\":")
                .append(json)
                .append('}')
                .toString();
    }

    private static List<String> ids(Api.Response page) {
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }
}
