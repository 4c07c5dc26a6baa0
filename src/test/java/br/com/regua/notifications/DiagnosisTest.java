package br.com.regua.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DiagnosisTest extends IntegrationTest {

    @Autowired
    Planner planner;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    Dunning dunning;
    String charge;

    @BeforeEach
    void setUp() {
        dunning = new Dunning(newTenant(), planner, notifications, jdbc);
        dunning.rule("AFTER_DUE", 13, Channel.EMAIL);
        charge = dunning.charge(LocalDate.of(2021, 2, 20));
    }

    @Test
    void on_a_date_no_rule_falls_on_the_diagnosis_lists_when_the_notices_are_planned() {
        var diagnosis = dunning.api()
                .get("/charges/" + charge + "/diagnosis?date=2021-03-04")
                .json();

        assertThat(diagnosis.get("chargeId").asString()).isEqualTo(charge);
        assertThat(diagnosis.get("date").asString()).isEqualTo("2021-03-04");
        var ruleCheck = diagnosis.get("checks").get(1);
        assertThat(ruleCheck.get("name").asString()).isEqualTo("SENDING_RULE_ACTIVE");
        assertThat(ruleCheck.get("passed").asBoolean()).isFalse();
        assertThat(ruleCheck.get("detail").asString()).contains("AFTER_DUE 13 dias por EMAIL em 05/03/2021");
        assertThat(diagnosis.get("schedule").toString()).contains("2021-03-05", "OVERDUE_NOTICE", "2021-02-23");
    }

    @Test
    void on_the_seed_date_the_rule_matches_and_the_notification_shows_its_status() {
        dunning.plan(LocalDate.of(2021, 3, 5));

        var diagnosis = dunning.api()
                .get("/charges/" + charge + "/diagnosis?date=2021-03-05")
                .json();

        assertThat(diagnosis.get("checks").get(1).get("passed").asBoolean()).isTrue();
        assertThat(diagnosis.get("notifications")).hasSize(1);
        assertThat(diagnosis.get("notifications").get(0).get("status").asString())
                .isEqualTo("QUEUED");
        assertThat(diagnosis.get("summary").asString()).contains("ROUTINE_RAN").doesNotContain("regra");
    }

    @Test
    void without_a_date_the_diagnosis_is_for_today_and_another_accounts_charge_is_not_found() {
        clock.setToday(LocalDate.of(2021, 3, 5));

        assertThat(dunning.api().get("/charges/" + charge + "/diagnosis").field("date"))
                .isEqualTo("2021-03-05");
        assertThat(newAccount().get("/charges/" + charge + "/diagnosis").status())
                .isEqualTo(404);
        assertThat(dunning.api()
                        .get("/charges/" + charge + "/diagnosis?date=ontem")
                        .errorFields())
                .containsExactly("date");
    }
}
