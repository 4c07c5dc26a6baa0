package br.com.regua.senders;

import br.com.regua.shared.Channel;
import br.com.regua.shared.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Finds the sender a message goes out through, with its secrets decrypted. */
@Service
public class SenderConfigs {

    private static final String SELECT = """
            SELECT account_id, id, channel, provider, host, port, security, username, password_encrypted,
                   from_address, from_name, settings::text AS settings,
                   dkim_domain, dkim_selector, dkim_private_key_encrypted
            FROM senders
            """;

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final JsonMapper json = JsonMapper.builder().build();

    SenderConfigs(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /**
     * The active sender for a channel: for e-mail the payment method's own sender when it names
     * one, else the account's first active sender of that channel — a real one before the local
     * mail catcher or outbox. Once the account has a real sender of the channel, active or not, the
     * local one is used only where a payment method names it: a merchant who switches off the real
     * sender to rotate its credentials must not see the notices "sent" into the catcher meanwhile.
     */
    public Optional<SenderConfig> activeFor(UUID accountId, Channel channel, UUID preferred) {
        return jdbc.sql(SELECT + """
                WHERE account_id = :account AND channel = :channel AND active
                  AND (:channel <> 'EMAIL' OR CAST(:preferred AS uuid) IS NULL OR id = :preferred)
                  AND (provider NOT IN ('CATCHER', 'OUTBOX')
                       OR (:channel = 'EMAIL' AND id = CAST(:preferred AS uuid))
                       OR NOT EXISTS (SELECT 1 FROM senders r
                                      WHERE r.account_id = :account AND r.channel = :channel
                                        AND r.provider NOT IN ('CATCHER', 'OUTBOX')))
                ORDER BY provider IN ('CATCHER', 'OUTBOX'), id LIMIT 1""")
                .param("account", accountId)
                .param("channel", channel.name())
                .param("preferred", preferred)
                .query(this::map)
                .optional();
    }

    public Optional<SenderConfig> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(this::map)
                .optional();
    }

    @SuppressWarnings("unchecked")
    private SenderConfig map(ResultSet rs, int n) throws SQLException {
        String security = rs.getString("security");
        String settings = rs.getString("settings");
        String dkimDomain = rs.getString("dkim_domain");
        return new SenderConfig(
                rs.getObject("account_id", UUID.class),
                rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("provider"),
                rs.getString("host"),
                (Integer) rs.getObject("port"),
                security == null ? SmtpSecurity.NONE : SmtpSecurity.valueOf(security),
                rs.getString("username"),
                secrets.decrypt(rs.getString("password_encrypted")),
                rs.getString("from_address"),
                rs.getString("from_name"),
                settings == null ? Map.of() : json.readValue(settings, Map.class),
                dkimDomain == null
                        ? null
                        : new SenderConfig.Dkim(
                                dkimDomain,
                                rs.getString("dkim_selector"),
                                secrets.decrypt(rs.getString("dkim_private_key_encrypted"))));
    }
}
