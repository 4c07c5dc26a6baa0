package br.com.regua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleDraftTest {

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource({
        "BEFORE_DUE, EMAIL, builtin-before-due-email",
        "BEFORE_DUE, SMS, builtin-before-due-sms",
        "ON_DUE, WHATSAPP, builtin-on-due-whatsapp",
        "AFTER_DUE, EMAIL, builtin-after-due-email",
        "AFTER_DUE, SMS, builtin-after-due-sms",
    })
    void a_rule_without_a_layout_gets_the_built_in_one_of_its_trigger_and_channel(
            Trigger trigger, Channel channel, String templateId) {
        RuleDraft draft = RuleDraft.of(new SendingRuleData(trigger, 0, channel, null, null, null));

        assertThat(draft.templateId()).isEqualTo(templateId);
        assertThat(BuiltInTemplates.isBuiltIn(templateId)).isTrue();
    }

    @Test
    void seed_002s_rule_keeps_its_days_and_attaches_the_invoice() {
        RuleDraft draft = RuleDraft.of(new SendingRuleData(Trigger.AFTER_DUE, 13, Channel.EMAIL, null, true, null));

        assertThat(draft.days()).isEqualTo(13);
        assertThat(draft.attachInvoice()).isTrue();
        assertThat(draft.active()).isTrue();
    }

    @Test
    void an_on_due_rule_without_days_is_day_zero() {
        assertThat(RuleDraft.of(new SendingRuleData(Trigger.ON_DUE, null, Channel.SMS, null, null, null))
                        .days())
                .isZero();
    }

    @Test
    void an_on_due_rule_with_days_names_the_days_field() {
        assertField(
                () -> RuleDraft.of(new SendingRuleData(Trigger.ON_DUE, 3, Channel.EMAIL, null, null, null)), "days");
    }

    @Test
    void a_before_or_after_due_rule_needs_its_days() {
        assertField(
                () -> RuleDraft.of(new SendingRuleData(Trigger.BEFORE_DUE, null, Channel.EMAIL, null, null, null)),
                "days");
        assertField(
                () -> RuleDraft.of(new SendingRuleData(Trigger.AFTER_DUE, null, Channel.EMAIL, null, null, null)),
                "days");
    }

    @Test
    void a_layout_that_is_not_built_in_is_left_for_the_accounts_layouts_to_judge() {
        // SendingRules checks it against the account's own layouts (SendingRulesApiTest: 400 naming templateId)
        assertThat(RuleDraft.of(new SendingRuleData(Trigger.AFTER_DUE, 13, Channel.EMAIL, "meu-layout", null, null))
                        .templateId())
                .isEqualTo("meu-layout");
    }

    @Test
    void a_layout_of_another_channel_names_the_template_field() {
        assertField(
                () -> RuleDraft.of(new SendingRuleData(
                        Trigger.AFTER_DUE, 13, Channel.SMS, BuiltInTemplates.AFTER_DUE_EMAIL, null, null)),
                "templateId");
    }

    @Test
    void any_built_in_layout_of_the_channel_may_be_chosen() {
        RuleDraft draft = RuleDraft.of(new SendingRuleData(
                Trigger.AFTER_DUE, 1, Channel.EMAIL, BuiltInTemplates.OVERDUE_NOTICE_EMAIL, false, false));

        assertThat(draft.templateId()).isEqualTo(BuiltInTemplates.OVERDUE_NOTICE_EMAIL);
        assertThat(draft.active()).isFalse();
    }

    @Test
    void changes_keep_what_they_leave_out() {
        SendingRule current = rule(Trigger.AFTER_DUE, 13, Channel.EMAIL, BuiltInTemplates.AFTER_DUE_EMAIL);

        RuleDraft draft = RuleDraft.of(current, new SendingRuleChanges(null, null, null, null, null, false));

        assertThat(draft)
                .isEqualTo(new RuleDraft(
                        Trigger.AFTER_DUE, 13, Channel.EMAIL, BuiltInTemplates.AFTER_DUE_EMAIL, true, false));
    }

    @Test
    void changing_the_channel_moves_a_built_in_layout_to_the_new_channels_one() {
        SendingRule current = rule(Trigger.BEFORE_DUE, 5, Channel.EMAIL, BuiltInTemplates.BEFORE_DUE_EMAIL);

        RuleDraft draft = RuleDraft.of(current, new SendingRuleChanges(null, 3, Channel.WHATSAPP, null, null, null));

        assertThat(draft.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(draft.days()).isEqualTo(3);
        assertThat(draft.templateId()).isEqualTo(BuiltInTemplates.BEFORE_DUE_WHATSAPP);
    }

    @Test
    void the_trigger_cannot_change_but_may_be_sent_back_as_it_is() {
        SendingRule current = rule(Trigger.AFTER_DUE, 13, Channel.EMAIL, BuiltInTemplates.AFTER_DUE_EMAIL);

        assertField(
                () -> RuleDraft.of(current, new SendingRuleChanges(Trigger.BEFORE_DUE, null, null, null, null, null)),
                "trigger");
        assertThat(RuleDraft.of(current, new SendingRuleChanges(Trigger.AFTER_DUE, 20, null, null, null, null))
                        .days())
                .isEqualTo(20);
    }

    @Test
    void an_on_due_rule_cannot_be_given_days_by_a_change() {
        SendingRule current = rule(Trigger.ON_DUE, 0, Channel.EMAIL, BuiltInTemplates.ON_DUE_EMAIL);

        assertField(() -> RuleDraft.of(current, new SendingRuleChanges(null, 2, null, null, null, null)), "days");
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
        "AFTER_DUE, 13, EMAIL, AFTER_DUE 13 dias por EMAIL",
        "BEFORE_DUE, 1, SMS, BEFORE_DUE 1 dia por SMS",
        "BEFORE_DUE, 0, WHATSAPP, BEFORE_DUE 0 dias por WHATSAPP",
        "ON_DUE, 0, EMAIL, ON_DUE por EMAIL",
    })
    void a_rule_describes_itself_for_messages(Trigger trigger, int days, Channel channel, String text) {
        assertThat(rule(trigger, days, channel, null).describe()).isEqualTo(text);
    }

    @Test
    void every_event_notice_has_a_built_in_e_mail_layout() {
        assertThat(BuiltInTemplates.all())
                .extracting(BuiltInTemplates.BuiltIn::id)
                .contains(
                        "builtin-overdue-notice-email",
                        "builtin-payment-confirmed-email",
                        "builtin-charge-cancelled-email",
                        "builtin-subscription-cancelled-email",
                        "builtin-carne-cancelled-email",
                        "builtin-charge-created-email",
                        "builtin-carne-created-email")
                .hasSize(16)
                .doesNotHaveDuplicates();
        assertThat(BuiltInTemplates.find(BuiltInTemplates.CARNE_CANCELLED_EMAIL))
                .get()
                .extracting(BuiltInTemplates.BuiltIn::channel)
                .isEqualTo(Channel.EMAIL);
        assertThat(BuiltInTemplates.isBuiltIn(null)).isFalse();
    }

    private static SendingRule rule(Trigger trigger, int days, Channel channel, String templateId) {
        return new SendingRule(
                UUID.randomUUID(), UUID.randomUUID(), trigger, days, channel, templateId, true, true, Instant.EPOCH);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run)
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo(field);
    }
}
