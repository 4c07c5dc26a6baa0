package br.com.regua.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.com.regua.shared.Channel;
import br.com.regua.shared.InvalidFieldException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreferenceMatrixTest {

    @Test
    void every_cell_of_the_matrix_has_its_own_bit() {
        Set<Integer> bits = new HashSet<>();
        for (NotificationGroup group : NotificationGroup.values()) {
            for (Recipient recipient : Recipient.values()) {
                for (Channel channel : Channel.values()) {
                    bits.add(PreferenceBits.bit(group, recipient, channel));
                }
            }
        }
        assertThat(bits).hasSize(18).allSatisfy(bit -> assertThat(bit).isBetween(0, 30));
    }

    @ParameterizedTest(name = "{0} {1} {2} by default: {3}")
    @CsvSource({
        "BEFORE_DUE, CUSTOMER, EMAIL, true",
        "BEFORE_DUE, CUSTOMER, SMS, true",
        "BEFORE_DUE, CUSTOMER, WHATSAPP, false",
        "OVERDUE, CUSTOMER, EMAIL, true",
        "OVERDUE, CUSTOMER, SMS, true",
        "PAID, CUSTOMER, EMAIL, true",
        "PAID, CUSTOMER, WHATSAPP, false",
        "BEFORE_DUE, MERCHANT, EMAIL, false",
        "OVERDUE, MERCHANT, SMS, false",
        "PAID, MERCHANT, WHATSAPP, false",
    })
    void the_built_in_defaults_are_e_mail_and_sms_to_the_customer(
            NotificationGroup group, Recipient recipient, Channel channel, boolean on) {
        assertThat(PreferenceMatrix.DEFAULTS.allows(group, recipient, channel)).isEqualTo(on);
        assertThat(PreferenceMatrix.DEFAULTS.groups().get(group).get(recipient).get(channel))
                .isEqualTo(on);
    }

    @Test
    void with_turns_one_cell_on_or_off_and_leaves_the_others() {
        PreferenceMatrix matrix = PreferenceMatrix.DEFAULTS
                .with(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.SMS, false)
                .with(NotificationGroup.PAID, Recipient.MERCHANT, Channel.EMAIL, true);

        assertThat(matrix.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.SMS))
                .isFalse();
        assertThat(matrix.allows(NotificationGroup.PAID, Recipient.MERCHANT, Channel.EMAIL))
                .isTrue();
        assertThat(matrix.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.EMAIL))
                .isTrue();
        assertThat(matrix.allows(NotificationGroup.BEFORE_DUE, Recipient.CUSTOMER, Channel.SMS))
                .isTrue();
    }

    @Test
    void a_change_touches_only_the_cells_it_names() {
        PreferenceChange change = PreferenceChange.parse(Map.of(
                "OVERDUE", Map.of("CUSTOMER", Map.of("SMS", false, "WHATSAPP", true)),
                "PAID", Map.of("MERCHANT", Map.of("EMAIL", true))));

        PreferenceMatrix changed = change.applyTo(PreferenceMatrix.DEFAULTS);

        assertThat(changed)
                .isEqualTo(PreferenceMatrix.DEFAULTS
                        .with(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.SMS, false)
                        .with(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.WHATSAPP, true)
                        .with(NotificationGroup.PAID, Recipient.MERCHANT, Channel.EMAIL, true));
    }

    @Test
    void an_empty_or_missing_change_changes_nothing() {
        assertThat(PreferenceChange.parse(null).applyTo(PreferenceMatrix.DEFAULTS))
                .isEqualTo(PreferenceMatrix.DEFAULTS);
        assertThat(PreferenceChange.parse(Map.of()).applyTo(PreferenceMatrix.DEFAULTS))
                .isEqualTo(PreferenceMatrix.DEFAULTS);
        assertThat(PreferenceChange.parse(Map.of("PAID", Map.of())).applyTo(new PreferenceMatrix(0)))
                .isEqualTo(new PreferenceMatrix(0));
    }

    @Test
    void two_changes_of_different_cells_both_land_whatever_their_order() {
        PreferenceChange first = PreferenceChange.parse(Map.of("PAID", Map.of("CUSTOMER", Map.of("SMS", false))));
        PreferenceChange second =
                PreferenceChange.parse(Map.of("BEFORE_DUE", Map.of("MERCHANT", Map.of("EMAIL", true))));

        assertThat(second.applyTo(first.applyTo(PreferenceMatrix.DEFAULTS)))
                .isEqualTo(first.applyTo(second.applyTo(PreferenceMatrix.DEFAULTS)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "groups.LATE, LATE, CUSTOMER, EMAIL",
        "groups.overdue, overdue, CUSTOMER, EMAIL",
        "groups.OVERDUE.ME, OVERDUE, ME, EMAIL",
        "groups.OVERDUE.CUSTOMER.FAX, OVERDUE, CUSTOMER, FAX",
        "groups.PAID.MERCHANT.email, PAID, MERCHANT, email",
    })
    void an_unknown_name_is_refused_with_its_path(String path, String group, String recipient, String channel) {
        var groups = Map.of(group, Map.of(recipient, Map.of(channel, true)));

        assertThatThrownBy(() -> PreferenceChange.parse(groups))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo(path);
    }

    @Test
    void a_null_part_is_refused_with_its_path() {
        Map<String, Map<String, Map<String, Boolean>>> nullGroup = new LinkedHashMap<>();
        nullGroup.put("PAID", null);
        Map<String, Boolean> nullCell = new LinkedHashMap<>();
        nullCell.put("SMS", null);

        assertThatThrownBy(() -> PreferenceChange.parse(nullGroup))
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("groups.PAID");
        assertThatThrownBy(() -> PreferenceChange.parse(Map.of("PAID", Map.of("CUSTOMER", nullCell))))
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("groups.PAID.CUSTOMER.SMS");
    }

    @Test
    void the_master_switch_overrides_the_matrix() {
        CustomerPreferences off = new CustomerPreferences(false, false, PreferenceMatrix.DEFAULTS);
        CustomerPreferences on = new CustomerPreferences(true, true, PreferenceMatrix.DEFAULTS);

        assertThat(off.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.EMAIL))
                .isFalse();
        assertThat(off.matrix().allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.EMAIL))
                .isTrue();
        assertThat(on.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.EMAIL))
                .isTrue();
        assertThat(on.allows(NotificationGroup.OVERDUE, Recipient.CUSTOMER, Channel.WHATSAPP))
                .isFalse();
    }
}
