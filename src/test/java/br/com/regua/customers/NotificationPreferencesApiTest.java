package br.com.regua.customers;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class NotificationPreferencesApiTest extends IntegrationTest {

    @Autowired
    NotificationPreferences notificationPreferences;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String customer;
    String preferences;

    @BeforeEach
    void setUp() {
        api = newAccount();
        customer = api.post("/customers", Fixtures.aCustomer()).id();
        preferences = "/customers/" + customer + "/notification-preferences";
    }

    @Test
    void a_new_customer_gets_e_mail_and_sms_in_every_group_and_nothing_for_the_merchant() {
        Api.Response read = api.get(preferences);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("enabled").asBoolean()).isTrue();
        assertThat(read.json().get("postalDelivery").asBoolean()).isFalse();
        JsonNode groups = read.json().get("groups");
        assertThat(groups.propertyNames()).containsExactly("BEFORE_DUE", "OVERDUE", "PAID");
        for (String group : new String[] {"BEFORE_DUE", "OVERDUE", "PAID"}) {
            assertThat(cell(groups, group, "CUSTOMER", "EMAIL")).isTrue();
            assertThat(cell(groups, group, "CUSTOMER", "SMS")).isTrue();
            assertThat(cell(groups, group, "CUSTOMER", "WHATSAPP")).isFalse();
            for (String channel : new String[] {"EMAIL", "SMS", "WHATSAPP"}) {
                assertThat(cell(groups, group, "MERCHANT", channel)).isFalse();
            }
        }
    }

    @Test
    void one_checkbox_is_saved_at_a_time_and_the_others_stay() {
        Api.Response first = api.put(preferences, "{\"groups\": {\"OVERDUE\": {\"CUSTOMER\": {\"SMS\": false}}}}");
        Api.Response second = api.put(preferences, "{\"groups\": {\"PAID\": {\"MERCHANT\": {\"EMAIL\": true}}}}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(cell(first.json().get("groups"), "OVERDUE", "CUSTOMER", "SMS"))
                .isFalse();
        assertThat(second.status()).isEqualTo(200);
        JsonNode groups = api.get(preferences).json().get("groups");
        assertThat(cell(groups, "OVERDUE", "CUSTOMER", "SMS")).isFalse();
        assertThat(cell(groups, "PAID", "MERCHANT", "EMAIL")).isTrue();
        assertThat(cell(groups, "OVERDUE", "CUSTOMER", "EMAIL")).isTrue();
        assertThat(cell(groups, "BEFORE_DUE", "CUSTOMER", "SMS")).isTrue();
        assertThat(api.get(preferences).json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void the_master_switch_and_postal_delivery_change_without_touching_the_matrix() {
        JsonNode before = api.get(preferences).json().get("groups");

        Api.Response off = api.put(preferences, Map.of("enabled", false, "postalDelivery", true));

        assertThat(off.json().get("enabled").asBoolean()).isFalse();
        assertThat(off.json().get("postalDelivery").asBoolean()).isTrue();
        assertThat(off.json().get("groups")).isEqualTo(before);
        assertThat(api.get("/customers/" + customer)
                        .json()
                        .get("notificationsDisabled")
                        .asBoolean())
                .isTrue();
        Api.Response on = api.put(preferences, Map.of("enabled", true));
        assertThat(on.json().get("enabled").asBoolean()).isTrue();
        assertThat(on.json().get("postalDelivery").asBoolean()).as("kept").isTrue();
    }

    @Test
    void a_customer_created_with_notifications_disabled_reads_as_not_enabled() {
        var body = Fixtures.aCustomer();
        body.put("notificationsDisabled", true);
        String id = api.post("/customers", body).id();

        assertThat(api.get("/customers/" + id + "/notification-preferences")
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void an_empty_change_changes_nothing() {
        JsonNode before = api.get(preferences).json();

        Api.Response same = api.put(preferences, "{}");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json()).isEqualTo(before);
        assertThat(api.put(preferences, "null").status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "groups.LATE                 | {\"groups\": {\"LATE\": {\"CUSTOMER\": {\"EMAIL\": true}}}}",
                "groups.OVERDUE.ME           | {\"groups\": {\"OVERDUE\": {\"ME\": {\"EMAIL\": true}}}}",
                "groups.OVERDUE.CUSTOMER.FAX | {\"groups\": {\"OVERDUE\": {\"CUSTOMER\": {\"FAX\": true}}}}",
                "groups.PAID.CUSTOMER.SMS    | {\"groups\": {\"PAID\": {\"CUSTOMER\": {\"SMS\": null}}}}",
                "groups.PAID                 | {\"groups\": {\"PAID\": null}}",
                "groups.OVERDUE              | {\"groups\": {\"OVERDUE\": true}}",
                "groups.PAID.CUSTOMER.SMS    | {\"groups\": {\"PAID\": {\"CUSTOMER\": {\"SMS\": [1]}}}}",
                "groups                      | {\"groups\": []}",
                "enabled                     | {\"enabled\": \"talvez\"}",
                "postalDelivery              | {\"postalDelivery\": {}}",
            })
    void a_wrong_part_is_named_and_nothing_changes(String field, String body) {
        JsonNode before = api.get(preferences).json();

        Api.Response response = api.put(preferences, body);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.errorFields()).as(response.toString()).containsExactly(field);
        assertThat(api.get(preferences).json()).isEqualTo(before);
    }

    @Test
    void account_defaults_apply_to_customers_created_afterwards_only() {
        Api.Response defaults = api.put(
                "/settings/notification-preferences",
                "{\"groups\": {\"OVERDUE\": {\"CUSTOMER\": {\"WHATSAPP\": true}, \"MERCHANT\": {\"EMAIL\": true}}}}");

        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.json().has("enabled")).isFalse();
        assertThat(cell(defaults.json().get("groups"), "OVERDUE", "CUSTOMER", "WHATSAPP"))
                .isTrue();
        assertThat(cell(defaults.json().get("groups"), "OVERDUE", "CUSTOMER", "EMAIL"))
                .isTrue();
        String later = api.post("/customers", Fixtures.aCustomer()).id();
        JsonNode laterGroups = api.get("/customers/" + later + "/notification-preferences")
                .json()
                .get("groups");
        assertThat(cell(laterGroups, "OVERDUE", "CUSTOMER", "WHATSAPP")).isTrue();
        assertThat(cell(laterGroups, "OVERDUE", "MERCHANT", "EMAIL")).isTrue();
        assertThat(cell(laterGroups, "PAID", "CUSTOMER", "SMS")).isTrue();
        JsonNode earlierGroups = api.get(preferences).json().get("groups");
        assertThat(cell(earlierGroups, "OVERDUE", "CUSTOMER", "WHATSAPP")).isFalse();
        assertThat(api.get("/settings/notification-preferences").json()).isEqualTo(defaults.json());
    }

    @Test
    void account_defaults_change_one_checkbox_at_a_time_and_stay_in_their_account() {
        api.put("/settings/notification-preferences", "{\"groups\": {\"PAID\": {\"CUSTOMER\": {\"SMS\": false}}}}");
        api.put(
                "/settings/notification-preferences",
                "{\"groups\": {\"BEFORE_DUE\": {\"CUSTOMER\": {\"EMAIL\": false}}}}");

        JsonNode groups = api.get("/settings/notification-preferences").json().get("groups");
        assertThat(cell(groups, "PAID", "CUSTOMER", "SMS")).isFalse();
        assertThat(cell(groups, "BEFORE_DUE", "CUSTOMER", "EMAIL")).isFalse();
        assertThat(cell(groups, "BEFORE_DUE", "CUSTOMER", "SMS")).isTrue();
        JsonNode elsewhere =
                newAccount().get("/settings/notification-preferences").json().get("groups");
        assertThat(cell(elsewhere, "PAID", "CUSTOMER", "SMS")).isTrue();
        assertThat(api.put("/settings/notification-preferences", "{\"groups\": {\"LATE\": {}}}")
                        .errorFields())
                .containsExactly("groups.LATE");
    }

    @Test
    void another_accounts_customer_has_no_preferences_to_read_or_change() {
        Api intruder = newAccount();

        assertThat(intruder.get(preferences).status()).isEqualTo(404);
        assertThat(intruder.put(preferences, Map.of("enabled", false)).status()).isEqualTo(404);
        assertThat(api.get("/customers/not-an-id/notification-preferences").status())
                .isEqualTo(404);
        assertThat(api.put("/customers/" + UUID.randomUUID() + "/notification-preferences", "{}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(preferences).json().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void the_facade_tells_other_modules_what_a_customer_allows() {
        Api.Response account = operator().post("/accounts", Map.of("name", "Fachada"));
        UUID accountId = UUID.fromString(account.id());
        Api owner = new Api(port, account.field("apiKey"));
        String id = owner.post("/customers", Fixtures.aCustomer()).id();
        owner.put(
                "/customers/" + id + "/notification-preferences",
                "{\"postalDelivery\": true, \"groups\": {\"OVERDUE\": {\"CUSTOMER\": {\"SMS\": false}}}}");

        CustomerPreferences read = notificationPreferences.of(accountId, UUID.fromString(id));

        assertThat(read.enabled()).isTrue();
        assertThat(read.postalDelivery()).isTrue();
        assertThat(read.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.SMS))
                .isFalse();
        assertThat(read.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.EMAIL))
                .isTrue();
        assertThat(notificationPreferences.accountDefaults(accountId)).isEqualTo(PreferenceMatrix.DEFAULTS);
    }

    @Test
    void the_database_gives_every_customer_a_matrix_equal_to_the_built_in_defaults_when_none_is_given() {
        var column = jdbc.sql("""
                SELECT column_default, is_nullable FROM information_schema.columns
                WHERE table_name = 'customers' AND column_name = 'notification_preferences'""")
                .query((rs, n) -> Map.of("default", rs.getString(1), "nullable", rs.getString(2)))
                .single();

        assertThat(column.get("default")).isEqualTo(String.valueOf(PreferenceBits.DEFAULTS));
        assertThat(column.get("nullable")).isEqualTo("NO");
    }

    private static boolean cell(JsonNode groups, String group, String recipient, String channel) {
        return groups.get(group).get(recipient).get(channel).asBoolean();
    }
}
