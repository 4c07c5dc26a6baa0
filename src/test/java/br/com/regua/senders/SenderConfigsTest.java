package br.com.regua.senders;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.shared.Channel;
import br.com.regua.testing.Api;
import br.com.regua.testing.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Which sender a message goes out through, in the first account, which has the mail catcher. */
class SenderConfigsTest extends IntegrationTest {

    @Autowired
    SenderConfigs configs;

    @Autowired
    JdbcClient jdbc;

    UUID added;
    java.util.List<UUID> switchedOff = java.util.List.of();

    @AfterEach
    void removeTheSenderFromTheSharedAccount() {
        if (added != null)
            jdbc.sql("DELETE FROM senders WHERE id = ?").param(added).update();
        for (UUID id : switchedOff)
            jdbc.sql("UPDATE senders SET active = true WHERE id = ?").param(id).update();
    }

    @Test
    void mail_does_not_fall_back_to_the_catcher_when_the_accounts_real_sender_is_inactive() {
        Api first = new Api(port, BOOTSTRAP_API_KEY);
        UUID account = jdbc.sql("SELECT id FROM accounts ORDER BY id LIMIT 1")
                .query(UUID.class)
                .single();
        UUID catcher = jdbc.sql("SELECT id FROM senders WHERE provider = 'CATCHER'")
                .query(UUID.class)
                .single();
        // Other tests may have left real senders in this shared account: off for the length of this one.
        switchedOff = jdbc.sql("""
                        UPDATE senders SET active = false
                        WHERE account_id = ? AND channel = 'EMAIL' AND provider <> 'CATCHER' AND active
                        RETURNING id""").param(account).query(UUID.class).list();
        added = UUID.fromString(first.post(
                        "/senders",
                        Map.of(
                                "name", "Real",
                                "host", "smtp.provedor.com.br",
                                "fromAddress", "cobranca@provedor.com.br"))
                .id());
        assertThat(configs.activeFor(account, Channel.EMAIL, null).map(SenderConfig::id))
                .contains(added);

        first.post("/senders/" + added + "/activation", Map.of("active", false));

        assertThat(configs.activeFor(account, Channel.EMAIL, null)).isEmpty();
        assertThat(configs.activeFor(account, Channel.EMAIL, catcher).map(SenderConfig::id))
                .as("a payment method that names the catcher still uses it")
                .contains(catcher);
    }
}
