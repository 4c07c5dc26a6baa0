package br.com.regua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class SendingRulesApiTest extends IntegrationTest {

    @Autowired
    SendingRules sendingRules;

    Api api;
    String method;
    String rules;

    @BeforeEach
    void setUp() {
        api = newAccount();
        method = api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();
        rules = "/payment-methods/" + method + "/rules";
    }

    static Map<String, Object> afterDue13() {
        return new HashMap<>(Map.of("trigger", "AFTER_DUE", "days", 13, "channel", "EMAIL", "attachInvoice", true));
    }

    @Test
    void seed_002s_rule_is_created_with_the_built_in_after_due_layout() {
        Api.Response created = api.post(rules, afterDue13());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotBlank();
        assertThat(created.field("templateId")).isEqualTo("builtin-after-due-email");
        assertThat(created.field("paymentMethodId")).isEqualTo(method);
        assertThat(created.field("trigger")).isEqualTo("AFTER_DUE");
        assertThat(created.json().get("days").asInt()).isEqualTo(13);
        assertThat(created.field("channel")).isEqualTo("EMAIL");
        assertThat(created.json().get("attachInvoice").asBoolean()).isTrue();
        assertThat(created.json().get("active").asBoolean()).isTrue();
        assertThat(api.get(rules + "/" + created.id()).field("templateId")).isEqualTo("builtin-after-due-email");
    }

    @Test
    void the_same_trigger_days_and_channel_twice_is_a_conflict_naming_the_existing_rule() {
        String existing = api.post(rules, afterDue13()).id();

        Api.Response again = api.post(rules, afterDue13());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.field("detail")).contains(existing, "AFTER_DUE 13 dias por EMAIL");
        assertThat(api.get(rules).json().get("items")).hasSize(1);
    }

    @Test
    void the_same_trigger_with_other_days_or_another_channel_coexists() {
        api.post(rules, afterDue13());
        var fiveDays = afterDue13();
        fiveDays.put("days", 5);
        var bySms = afterDue13();
        bySms.put("channel", "SMS");

        assertThat(api.post(rules, fiveDays).status()).isEqualTo(201);
        assertThat(api.post(rules, bySms).status()).isEqualTo(201);
        JsonNode items = api.get(rules).json().get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(1).get("days").asInt()).isEqualTo(5);
        assertThat(items.get(2).get("templateId").asString()).isEqualTo("builtin-after-due-sms");
        assertThat(api.get(rules).json().get("next").isNull()).isTrue();
    }

    @Test
    void the_same_rule_on_another_payment_method_is_no_conflict() {
        api.post(rules, afterDue13());
        String other =
                api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id();

        assertThat(api.post("/payment-methods/" + other + "/rules", afterDue13())
                        .status())
                .isEqualTo(201);
        assertThat(api.get(rules).json().get("items")).hasSize(1);
    }

    @Test
    void an_on_due_rule_without_days_is_day_zero_and_with_days_is_refused() {
        Api.Response onDue = api.post(rules, Map.of("trigger", "ON_DUE", "channel", "SMS"));

        assertThat(onDue.status()).isEqualTo(201);
        assertThat(onDue.json().get("days").asInt()).isZero();
        assertThat(onDue.field("templateId")).isEqualTo("builtin-on-due-sms");
        assertThat(api.post(rules, Map.of("trigger", "ON_DUE", "days", 2, "channel", "EMAIL"))
                        .errorFields())
                .containsExactly("days");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "days       | 366",
                "days       | -1",
                "days       | null",
                "days       | \"treze\"",
                "days       | 1.5",
                "trigger    | \"LATE\"",
                "trigger    | null",
                "channel    | \"FAX\"",
                "channel    | null",
                "templateId | \"meu-layout\"",
                "templateId | \"builtin-after-due-sms\"",
                "templateId | 12",
                "attachInvoice | \"sim\"",
            })
    void a_wrong_rule_field_is_named(String field, String json) {
        Map<String, Object> valid = afterDue13();
        StringBuilder body = new StringBuilder("{");
        valid.forEach((k, v) -> {
            if (!k.equals(field))
                body.append('"').append(k).append("\": ").append(quoted(v)).append(", ");
        });
        body.append('"').append(field).append("\": ").append(json).append('}');

        Api.Response response = api.post(rules, body.toString());

        // a layout that is not the account's, or not for the channel, is a reference it cannot use
        assertThat(response.status()).as(response.toString()).isEqualTo(field.equals("templateId") ? 422 : 400);
        assertThat(response.errorFields()).as(response.toString()).containsExactly(field);
        assertThat(api.get(rules).json().get("items")).isEmpty();
    }

    @Test
    void a_rule_is_changed_and_what_is_left_out_is_kept() {
        String id = api.post(rules, afterDue13()).id();

        Api.Response changed = api.put(rules + "/" + id, Map.of("days", 10, "channel", "WHATSAPP"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("days").asInt()).isEqualTo(10);
        assertThat(changed.field("channel")).isEqualTo("WHATSAPP");
        assertThat(changed.field("templateId")).isEqualTo("builtin-after-due-whatsapp");
        assertThat(changed.json().get("attachInvoice").asBoolean()).isTrue();
        Api.Response paused = api.put(rules + "/" + id, Map.of("active", false, "attachInvoice", false));
        assertThat(paused.json().get("active").asBoolean()).isFalse();
        assertThat(paused.json().get("days").asInt()).isEqualTo(10);
        assertThat(api.get(rules + "/" + id).json().get("active").asBoolean()).isFalse();
    }

    @Test
    void a_change_onto_another_rules_trigger_days_and_channel_is_a_conflict() {
        String first = api.post(rules, afterDue13()).id();
        var fiveDays = afterDue13();
        fiveDays.put("days", 5);
        String second = api.post(rules, fiveDays).id();

        Api.Response clash = api.put(rules + "/" + second, Map.of("days", 13));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.field("detail")).contains(first, "AFTER_DUE 13 dias por EMAIL");
        assertThat(api.get(rules + "/" + second).json().get("days").asInt()).isEqualTo(5);
        assertThat(api.put(rules + "/" + first, Map.of("days", 13, "active", false))
                        .status())
                .as("a rule may be saved with its own trigger, days and channel")
                .isEqualTo(200);
    }

    @Test
    void bad_changes_name_their_field() {
        String id = api.post(rules, afterDue13()).id();

        assertThat(api.put(rules + "/" + id, Map.of("trigger", "BEFORE_DUE")).errorFields())
                .containsExactly("trigger");
        assertThat(api.put(rules + "/" + id, Map.of("days", 400)).errorFields()).containsExactly("days");
        assertThat(api.put(rules + "/" + id, Map.of("templateId", "nada")).errorFields())
                .containsExactly("templateId");
        assertThat(api.put(rules + "/" + id, Map.of("channel", "SMS", "templateId", "builtin-after-due-email"))
                        .errorFields())
                .containsExactly("templateId");
        assertThat(api.put(rules + "/" + id, Map.of("trigger", "AFTER_DUE")).status())
                .isEqualTo(200);
    }

    @Test
    void a_deleted_rule_is_gone() {
        String id = api.post(rules, afterDue13()).id();

        assertThat(api.send("DELETE", rules + "/" + id, null).status()).isEqualTo(204);
        assertThat(api.get(rules + "/" + id).status()).isEqualTo(404);
        assertThat(api.send("DELETE", rules + "/" + id, null).status()).isEqualTo(404);
        assertThat(api.get(rules).json().get("items")).isEmpty();
        assertThat(api.post(rules, afterDue13()).status())
                .as("its slot is free again")
                .isEqualTo(201);
    }

    @Test
    void a_rule_is_reached_only_through_its_own_payment_method() {
        String id = api.post(rules, afterDue13()).id();
        String other = "/payment-methods/"
                + api.post("/payment-methods", Fixtures.aBoletoPaymentMethod()).id() + "/rules/" + id;

        assertThat(api.get(other).status()).isEqualTo(404);
        assertThat(api.put(other, Map.of("days", 2)).status()).isEqualTo(404);
        assertThat(api.send("DELETE", other, null).status()).isEqualTo(404);
        assertThat(api.get(rules + "/not-an-id").status()).isEqualTo(404);
        assertThat(api.get("/payment-methods/not-an-id/rules").status()).isEqualTo(404);
        assertThat(api.get(rules + "/" + id).json().get("days").asInt()).isEqualTo(13);
    }

    @Test
    void every_rules_endpoint_answers_404_for_another_accounts_payment_method() {
        String id = api.post(rules, afterDue13()).id();
        Api intruder = newAccount();
        String rule = rules + "/" + id;

        List<Api.Response> answers = List.of(
                intruder.get(rules),
                intruder.post(rules, afterDue13()),
                intruder.get(rule),
                intruder.put(rule, Map.of("days", 1)),
                intruder.send("DELETE", rule, null));

        assertThat(answers).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.text()).doesNotContain("AFTER_DUE");
        });
        assertThat(api.get(rule).json().get("days").asInt()).isEqualTo(13);
        assertThat(api.get(rules).json().get("items")).hasSize(1);
    }

    @Test
    void racing_creations_of_the_same_rule_make_one_rule_and_conflicts() throws Exception {
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<Integer> create = () -> {
                    start.await();
                    return api.post(rules, afterDue13()).status();
                };
                statuses.add(pool.submit(create));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) answers.add(status.get());

            assertThat(answers).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(rules).json().get("items")).hasSize(1);
    }

    @Test
    void the_facade_lists_a_payment_methods_rules_and_finds_one_by_id_within_the_account() {
        Api.Response account = operator().post("/accounts", Map.of("name", "Fachada"));
        UUID accountId = UUID.fromString(account.id());
        Api owner = new Api(port, account.field("apiKey"));
        String ownRules = "/payment-methods/"
                + owner.post("/payment-methods", Fixtures.aBoletoPaymentMethod())
                        .id() + "/rules";
        UUID ruleId = UUID.fromString(owner.post(ownRules, afterDue13()).id());
        UUID paymentMethodId = UUID.fromString(ownRules.split("/")[2]);

        assertThat(sendingRules.list(accountId, paymentMethodId))
                .singleElement()
                .satisfies(rule -> {
                    assertThat(rule.id()).isEqualTo(ruleId);
                    assertThat(rule.trigger()).isEqualTo(Trigger.AFTER_DUE);
                    assertThat(rule.days()).isEqualTo(13);
                    assertThat(rule.channel()).isEqualTo(Channel.EMAIL);
                    assertThat(rule.attachInvoice()).isTrue();
                });
        assertThat(sendingRules.find(accountId, ruleId))
                .get()
                .extracting(SendingRule::paymentMethodId)
                .isEqualTo(paymentMethodId);
        assertThat(sendingRules.find(UUID.randomUUID(), ruleId)).isEmpty();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }
}
