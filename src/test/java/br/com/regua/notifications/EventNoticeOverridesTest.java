package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.testing.Fixtures;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 000 for every event notice an operation triggers: the account's "enviar por padrão?"
 * decides unless the operation says {@code notifyCustomer}, which decides for that operation only.
 * Charges and carnês are created, paid and cancelled through the API; the subscription notice,
 * whose module calls {@link EventNotices#queue}, through that method (its own tests cancel through
 * the API).
 */
class EventNoticeOverridesTest extends IntegrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    /** Each notice's field in GET/PUT /settings/email-events. */
    private static final Map<EventNotice, String> SWITCH = Map.of(
            EventNotice.CHARGE_CREATED, "chargeCreated",
            EventNotice.PAYMENT_CONFIRMATION, "paymentConfirmation",
            EventNotice.CHARGE_CANCELLATION, "chargeCancellation",
            EventNotice.SUBSCRIPTION_CANCELLATION, "subscriptionCancellation",
            EventNotice.CARNE_CREATED, "carneCreated",
            EventNotice.CARNE_CANCELLATION, "carneCancellation");

    @Autowired
    Planner planner;

    @Autowired
    Notifications notifications;

    @Autowired
    EventNotices eventNotices;

    @Autowired
    JdbcClient jdbc;

    Dunning dunning;

    @BeforeEach
    void setUp() {
        clock.setToday(TODAY);
        dunning = new Dunning(newTenant(), planner, notifications, jdbc);
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (EventNotice notice : SWITCH.keySet().stream().sorted().toList()) {
            for (boolean accountDefault : new boolean[] {true, false}) {
                for (Boolean notifyCustomer : new Boolean[] {true, false, null}) {
                    cases.add(Arguments.of(notice, accountDefault, notifyCustomer));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, enviar por padrão = {1}, notifyCustomer = {2}")
    @MethodSource("matrix")
    void every_event_notice_follows_the_account_default_unless_the_operation_says_otherwise(
            EventNotice notice, boolean accountDefault, Boolean notifyCustomer) {
        assertThat(dunning.api()
                        .put("/settings/email-events", Map.of(SWITCH.get(notice), accountDefault))
                        .status())
                .isEqualTo(200);

        String charge = operate(notice, notifyCustomer);

        List<Notification> queued = noticesOf(charge, notice);
        boolean expected = notifyCustomer != null ? notifyCustomer : accountDefault;
        if (!expected) {
            assertThat(queued).isEmpty();
            return;
        }
        assertThat(queued).singleElement().satisfies(n -> {
            assertThat(n.source()).isEqualTo(notice.name());
            assertThat(n.status()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(n.priority()).isEqualTo(1);
            assertThat(n.address()).isEqualTo("maria@example.com");
            assertThat(n.scheduledFor()).isEqualTo(TODAY);
            assertThat(n.templateId()).isEqualTo(notice.templateId());
            assertThat(n.attachInvoice()).isEqualTo(notice.attachInvoice());
        });
    }

    @Test
    void the_charge_created_notice_is_off_by_default_and_the_carne_created_one_on() {
        var switches = dunning.api().get("/settings/email-events").json();

        assertThat(switches.get("chargeCreated").asBoolean()).isFalse();
        assertThat(switches.get("carneCreated").asBoolean()).isTrue();
        String charge = dunning.charge(DUE);
        assertThat(noticesOf(charge, EventNotice.CHARGE_CREATED)).isEmpty();
    }

    @Test
    void the_charge_created_notice_is_queued_once_per_charge_however_often_it_is_reported() {
        String charge = operate(EventNotice.CHARGE_CREATED, true);
        clock.setToday(TODAY.plusDays(2));

        PlanResult again =
                eventNotices.queue(dunning.account(), UUID.fromString(charge), EventNotice.CHARGE_CREATED, true);

        assertThat(again.queued()).isZero();
        assertThat(again.skipped()).containsEntry("ALREADY_QUEUED", 1);
        assertThat(noticesOf(charge, EventNotice.CHARGE_CREATED)).hasSize(1);
    }

    @Test
    void the_charge_created_notice_follows_the_before_due_group_of_the_customers_matrix() {
        dunning.api()
                .put(
                        "/customers/" + dunning.customerId + "/notification-preferences",
                        "{\"groups\": {\"BEFORE_DUE\": {\"CUSTOMER\": {\"EMAIL\": false}}}}");

        String charge = operate(EventNotice.CHARGE_CREATED, true);

        assertThat(noticesOf(charge, EventNotice.CHARGE_CREATED)).isEmpty();
        String paid = operate(EventNotice.PAYMENT_CONFIRMATION, true);
        assertThat(noticesOf(paid, EventNotice.PAYMENT_CONFIRMATION)).hasSize(1);
    }

    @Test
    void closing_a_charge_cancels_its_charge_created_notice_but_not_a_carne_cancellation_notice() {
        String created = operate(EventNotice.CHARGE_CREATED, true);
        String carne = dunning.charge(DUE);
        eventNotices.queue(dunning.account(), UUID.fromString(carne), EventNotice.CARNE_CANCELLATION, true);

        dunning.api().post("/charges/" + created + "/payments", Map.of("notifyCustomer", false));
        dunning.api().post("/charges/" + carne + "/cancellation", Map.of("notifyCustomer", false));

        assertThat(noticesOf(created, EventNotice.CHARGE_CREATED))
                .singleElement()
                .extracting(Notification::status)
                .isEqualTo(NotificationStatus.CANCELLED);
        assertThat(noticesOf(carne, EventNotice.CARNE_CANCELLATION))
                .singleElement()
                .extracting(Notification::status)
                .isEqualTo(NotificationStatus.QUEUED);
    }

    @Test
    void a_notify_customer_that_is_not_true_or_false_is_a_400_naming_the_field() {
        Map<String, Object> body =
                Fixtures.aCharge(dunning.customerId, dunning.serviceId, dunning.paymentMethodId, DUE);
        body.put("notifyCustomer", "talvez");

        var refused = dunning.api().post("/charges", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("notifyCustomer");
    }

    @Test
    void the_overdue_notice_cannot_be_queued_by_an_operation() {
        String charge = dunning.charge(DUE);

        assertThatThrownBy(() -> eventNotices.queue(
                        dunning.account(), UUID.fromString(charge), EventNotice.OVERDUE_NOTICE, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notify_customer_on_charges_and_the_new_switches_are_in_the_openapi_document() throws Exception {
        String doc = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        var schemas = new tools.jackson.databind.json.JsonMapper()
                .readTree(doc)
                .get("components")
                .get("schemas");

        assertThat(schemas.get("ChargeData").get("properties").has("notifyCustomer"))
                .isTrue();
        assertThat(schemas.get("Switches").get("properties").propertyNames())
                .contains("chargeCreated", "carneCreated", "subscriptionCancellation", "carneCancellation");
    }

    /** The operation that triggers {@code notice}, with its {@code notifyCustomer}; the charge it is about. */
    private String operate(EventNotice notice, Boolean notifyCustomer) {
        Map<String, Object> say = new HashMap<>();
        if (notifyCustomer != null) say.put("notifyCustomer", notifyCustomer);
        if (notice == EventNotice.CHARGE_CREATED) {
            Map<String, Object> body =
                    Fixtures.aCharge(dunning.customerId, dunning.serviceId, dunning.paymentMethodId, DUE);
            body.putAll(say);
            var created = dunning.api().post("/charges", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.id();
        }
        if (notice == EventNotice.CARNE_CREATED || notice == EventNotice.CARNE_CANCELLATION) {
            Map<String, Object> carne = new HashMap<>(Map.of(
                    "customerId",
                    dunning.customerId,
                    "serviceId",
                    dunning.serviceId,
                    "paymentMethodId",
                    dunning.paymentMethodId,
                    "installments",
                    3,
                    "amount",
                    5000,
                    "firstDueDate",
                    DUE.toString(),
                    "description",
                    "Carnê"));
            // the cancellation case creates its carnê silently, so only the operation under test says anything
            if (notice == EventNotice.CARNE_CREATED) carne.putAll(say);
            else carne.put("notifyCustomer", false);
            var created = dunning.api().post("/carnes", carne);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            if (notice == EventNotice.CARNE_CANCELLATION) {
                var cancelled = dunning.api().post("/carnes/" + created.id() + "/cancellation", say);
                assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
            }
            return created.json().get("charges").get(0).get("id").asString();
        }
        String charge = dunning.charge(DUE);
        switch (notice) {
            case PAYMENT_CONFIRMATION -> {
                say.put("paidAt", TODAY.toString());
                assertThat(dunning.api()
                                .post("/charges/" + charge + "/payments", say)
                                .status())
                        .isEqualTo(200);
            }
            case CHARGE_CANCELLATION ->
                assertThat(dunning.api()
                                .post("/charges/" + charge + "/cancellation", say)
                                .status())
                        .isEqualTo(200);
            default -> eventNotices.queue(dunning.account(), UUID.fromString(charge), notice, notifyCustomer);
        }
        return charge;
    }

    private List<Notification> noticesOf(String charge, EventNotice notice) {
        return notifications.forCharge(dunning.account(), UUID.fromString(charge)).stream()
                .filter(n -> n.trigger().equals(notice.name()))
                .toList();
    }
}
