package br.com.regua.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Appendix B: PUT/GET /settings/account, the merchant's own address for Régua's notices to it. */
class AccountSettingsTest extends IntegrationTest {

    @Test
    void the_merchants_notification_email_is_kept_and_read_back_with_the_name() {
        Api api = newTenant().api();

        Api.Response put = api.put(
                "/settings/account",
                Map.of("name", "Provedor Exemplo", "notificationEmail", "financeiro@provedor.com.br"));
        Api.Response got = api.get("/settings/account");

        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(got.field("name")).isEqualTo("Provedor Exemplo");
        assertThat(got.field("notificationEmail")).isEqualTo("financeiro@provedor.com.br");
    }

    @Test
    void a_notification_email_left_out_clears_it_and_a_malformed_one_or_a_blank_name_is_a_400_naming_the_field() {
        Api api = newTenant().api();
        api.put("/settings/account", Map.of("name", "Provedor", "notificationEmail", "financeiro@provedor.com.br"));

        Map<String, Object> withoutEmail = new HashMap<>(Map.of("name", "Provedor"));
        api.put("/settings/account", withoutEmail);
        Api.Response malformed =
                api.put("/settings/account", Map.of("name", "Provedor", "notificationEmail", "não é e-mail"));
        Api.Response blankName = api.put("/settings/account", Map.of("name", " "));

        assertThat(api.get("/settings/account").field("notificationEmail")).isNull();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.errorFields()).containsExactly("notificationEmail");
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(blankName.errorFields()).containsExactly("name");
    }
}
