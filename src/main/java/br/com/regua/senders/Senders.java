package br.com.regua.senders;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Senders of an account ("Remetentes"); secrets (passwords, tokens, DKIM keys) are encrypted at rest. */
@Service
public class Senders {

    private static final String SELECT = """
            SELECT id, channel, name, active, host, port, security, username, password_encrypted IS NOT NULL AS has_password,
                   from_address, from_name, created_at, provider, settings::text AS settings,
                   dkim_domain, dkim_selector, dkim_public_key, paused_reason
            FROM senders
            """;
    private static final TypeReference<Map<String, String>> SETTINGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final JsonMapper json;

    Senders(JdbcClient jdbc, SecretBox secrets, JsonMapper json) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.json = json;
    }

    public Sender create(UUID accountId, SenderData data) {
        Channel channel = data.channel() == null ? Channel.EMAIL : data.channel();
        Provider provider = data.provider() == null ? Provider.defaultFor(channel) : data.provider();
        if (provider == Provider.CATCHER) {
            throw new InvalidFieldException("provider", "o coletor local é criado pela própria Régua");
        }
        if (!provider.serves(channel)) {
            throw new InvalidFieldException("provider", "o provedor " + provider + " não atende o canal " + channel);
        }
        Map<String, String> settings = data.settings() == null ? Map.of() : new TreeMap<>(data.settings());
        ProviderFields.check(provider, settings, data.token());
        if (channel == Channel.EMAIL) {
            if (data.host() == null || data.host().isBlank()) throw new InvalidFieldException("host", "obrigatório");
            if (data.fromAddress() == null || data.fromAddress().isBlank()) {
                throw new InvalidFieldException("fromAddress", "obrigatório");
            }
        } else if (data.password() != null) {
            throw new InvalidFieldException("password", "não se aplica a " + channel + "; use token");
        }
        String secret = channel == Channel.EMAIL ? data.password() : data.token();
        DkimFields.Checked dkim = DkimFields.check(provider, trim(data.fromAddress()), data.dkim());
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO senders (account_id, id, channel, name, active, host, port, security, username,
                                     password_encrypted, from_address, from_name, provider, settings,
                                     dkim_domain, dkim_selector, dkim_private_key_encrypted, dkim_public_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        channel.name(),
                        data.name().trim(),
                        !Boolean.FALSE.equals(data.active()),
                        trim(data.host()),
                        data.port() != null ? data.port() : channel == Channel.EMAIL ? 587 : null,
                        channel == Channel.EMAIL
                                ? (data.security() != null ? data.security() : SmtpSecurity.NONE).name()
                                : null,
                        trim(data.username()),
                        secret == null || secret.isEmpty() ? null : secrets.encrypt(secret),
                        trim(data.fromAddress()),
                        trim(data.fromName()),
                        provider.name(),
                        json.writeValueAsString(settings),
                        dkim == null ? null : dkim.domain(),
                        dkim == null ? null : dkim.selector(),
                        dkim == null
                                ? null
                                : secrets.encrypt(data.dkimPrivateKey().strip()),
                        dkim == null ? null : dkim.key().publicKey())
                .update();
        return get(accountId, id);
    }

    /** Turns on, or replaces, the DKIM signing of an SMTP sender's e-mail. */
    public Sender setDkim(UUID accountId, UUID id, DkimData data) {
        Sender sender = get(accountId, id);
        if (data == null || data.isEmpty()) {
            throw new InvalidFieldException(
                    "dkimDomain", "obrigatório; para deixar de assinar, remova a assinatura DKIM (DELETE)");
        }
        DkimFields.Checked dkim = DkimFields.check(sender.provider(), sender.fromAddress(), data);
        jdbc.sql("""
                UPDATE senders SET dkim_domain = ?, dkim_selector = ?, dkim_private_key_encrypted = ?,
                                   dkim_public_key = ?
                WHERE account_id = ? AND id = ?""")
                .params(
                        dkim.domain(),
                        dkim.selector(),
                        secrets.encrypt(data.dkimPrivateKey().strip()),
                        dkim.key().publicKey(),
                        accountId,
                        id)
                .update();
        return get(accountId, id);
    }

    /** Stops signing the sender's e-mail and forgets its DKIM key; nothing to remove is not an error. */
    public Sender removeDkim(UUID accountId, UUID id) {
        int updated = jdbc.sql("""
                UPDATE senders SET dkim_domain = NULL, dkim_selector = NULL, dkim_private_key_encrypted = NULL,
                                   dkim_public_key = NULL
                WHERE account_id = ? AND id = ?""").params(accountId, id).update();
        if (updated == 0) throw new NotFoundException("Remetente");
        return get(accountId, id);
    }

    public Sender get(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Remetente"));
    }

    public List<Sender> list(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query(this::map)
                .list();
    }

    public void setActive(UUID accountId, UUID id, boolean active) {
        // Switched on again by the merchant: the server's refusal that paused it is behind it.
        int updated =
                jdbc.sql("""
                        UPDATE senders SET active = ?,
                            paused_reason = CASE WHEN ? THEN NULL ELSE paused_reason END,
                            paused_at = CASE WHEN ? THEN NULL ELSE paused_at END
                        WHERE account_id = ? AND id = ?""").params(active, active, active, accountId, id).update();
        if (updated == 0) throw new NotFoundException("Remetente");
    }

    /** A sender's provider settings with its token decrypted, for the channel sender that uses it. */
    public Optional<ProviderSettings> providerSettings(UUID accountId, UUID id) {
        return jdbc.sql("""
                SELECT id, channel, provider, active, settings::text AS settings, password_encrypted
                FROM senders WHERE account_id = ? AND id = ?""")
                .params(accountId, id)
                .query((rs, n) -> new ProviderSettings(
                        rs.getObject("id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        Provider.valueOf(rs.getString("provider")),
                        rs.getBoolean("active"),
                        settings(rs),
                        secrets.decrypt(rs.getString("password_encrypted"))))
                .optional();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private Map<String, String> settings(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("settings"), SETTINGS);
    }

    private Sender map(ResultSet rs, int n) throws SQLException {
        return new Sender(
                rs.getObject("id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                rs.getString("name"),
                rs.getBoolean("active"),
                rs.getString("host"),
                (Integer) rs.getObject("port"),
                rs.getString("security") == null ? null : SmtpSecurity.valueOf(rs.getString("security")),
                rs.getString("username"),
                rs.getBoolean("has_password"),
                rs.getString("from_address"),
                rs.getString("from_name"),
                rs.getTimestamp("created_at").toInstant(),
                Provider.valueOf(rs.getString("provider")),
                settings(rs),
                SenderDkim.of(
                        rs.getString("dkim_domain"), rs.getString("dkim_selector"), rs.getString("dkim_public_key")),
                rs.getString("paused_reason"));
    }
}
