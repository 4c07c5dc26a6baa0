package br.com.regua.senders;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.InvalidReferenceException;
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
import org.springframework.transaction.annotation.Transactional;
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
    private final SenderHosts hosts;

    Senders(JdbcClient jdbc, SecretBox secrets, JsonMapper json, SenderHosts hosts) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.json = json;
        this.hosts = hosts;
    }

    public Sender create(UUID accountId, SenderData data) {
        Channel channel = data.channel() == null ? Channel.EMAIL : data.channel();
        Provider provider = data.provider() == null ? Provider.defaultFor(channel) : data.provider();
        if (provider == Provider.CATCHER) {
            throw new InvalidFieldException("provider", "o coletor local é criado pela própria Régua");
        }
        String secret = channel == Channel.EMAIL ? data.password() : data.token();
        Checked checked = check(channel, provider, data, data.token());
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
                        port(channel, data),
                        security(channel, data),
                        trim(data.username()),
                        secret == null || secret.isEmpty() ? null : secrets.encrypt(secret),
                        trim(data.fromAddress()),
                        trim(data.fromName()),
                        provider.name(),
                        json.writeValueAsString(checked.settings()),
                        checked.dkim() == null ? null : checked.dkim().domain(),
                        checked.dkim() == null ? null : checked.dkim().selector(),
                        checked.dkim() == null
                                ? null
                                : secrets.encrypt(data.dkimPrivateKey().strip()),
                        checked.dkim() == null ? null : checked.dkim().key().publicKey())
                .update();
        return get(accountId, id);
    }

    /**
     * Replaces a sender's settings, checked as when it was created; its channel and provider stay.
     * A secret left out (password, token, DKIM key with its domain and selector) keeps the stored
     * one, so credentials are rotated without deleting the sender; an empty password removes it.
     */
    @Transactional
    public Sender update(UUID accountId, UUID id, SenderData data) {
        Sender current = jdbc.sql(SELECT + " WHERE account_id = ? AND id = ? FOR UPDATE")
                .params(accountId, id)
                .query(this::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Remetente"));
        Channel channel = current.channel();
        if (data.channel() != null && data.channel() != channel) {
            throw new InvalidFieldException(
                    "channel", "não pode ser alterado (" + channel + "); cadastre outro remetente");
        }
        Provider provider = current.provider();
        if (provider == Provider.CATCHER) {
            throw new InvalidFieldException("provider", "o coletor local é mantido pela própria Régua");
        }
        if (data.provider() != null && data.provider() != provider) {
            throw new InvalidFieldException(
                    "provider", "não pode ser alterado (" + provider + "); cadastre outro remetente");
        }
        String storedSecret = jdbc.sql("SELECT password_encrypted FROM senders WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(String.class)
                .optional()
                .orElse(null);
        String given = channel == Channel.EMAIL ? data.password() : data.token();
        // For SMS and WhatsApp the stored token counts as given, so a provider that needs one passes.
        String token = channel == Channel.EMAIL || data.token() != null
                ? data.token()
                : storedSecret == null ? null : secrets.decrypt(storedSecret);
        Checked checked = check(channel, provider, data, token);
        boolean dkimGiven = checked.dkim() != null;
        if (!dkimGiven && current.dkim().enabled()) {
            // the kept signature must still suit the new From address
            DkimFields.checkDomain(current.dkim().domain(), trim(data.fromAddress()), "fromAddress");
        }
        jdbc.sql("""
                UPDATE senders SET name = ?, active = ?, host = ?, port = ?, security = ?, username = ?,
                                   password_encrypted = ?, from_address = ?, from_name = ?,
                                   settings = CAST(? AS jsonb)
                WHERE account_id = ? AND id = ?""")
                .params(
                        data.name().trim(),
                        data.active() == null ? current.active() : data.active(),
                        trim(data.host()),
                        port(channel, data),
                        security(channel, data),
                        trim(data.username()),
                        given == null ? storedSecret : given.isEmpty() ? null : secrets.encrypt(given),
                        trim(data.fromAddress()),
                        trim(data.fromName()),
                        json.writeValueAsString(checked.settings()),
                        accountId,
                        id)
                .update();
        if (dkimGiven) setDkim(accountId, id, data.dkim());
        return get(accountId, id);
    }

    private record Checked(Map<String, String> settings, DkimFields.Checked dkim) {}

    /** What a new sender and a changed one must both pass. */
    private Checked check(Channel channel, Provider provider, SenderData data, String token) {
        if (!provider.serves(channel)) {
            throw new InvalidFieldException("provider", "o provedor " + provider + " não atende o canal " + channel);
        }
        Map<String, String> settings = data.settings() == null ? Map.of() : new TreeMap<>(data.settings());
        ProviderFields.check(provider, settings, token);
        if (channel == Channel.EMAIL) {
            if (data.host() == null || data.host().isBlank()) throw new InvalidFieldException("host", "obrigatório");
            if (data.fromAddress() == null || data.fromAddress().isBlank()) {
                throw new InvalidFieldException("fromAddress", "obrigatório");
            }
            hosts.check(provider, data.host()).ifPresent(reason -> {
                throw new InvalidReferenceException("host", reason);
            });
        } else if (data.password() != null) {
            throw new InvalidFieldException("password", "não se aplica a " + channel + "; use token");
        }
        return new Checked(settings, DkimFields.check(provider, trim(data.fromAddress()), data.dkim()));
    }

    private static Integer port(Channel channel, SenderData data) {
        return data.port() != null ? data.port() : channel == Channel.EMAIL ? 587 : null;
    }

    private static String security(Channel channel, SenderData data) {
        if (channel != Channel.EMAIL) return null;
        return (data.security() != null ? data.security() : SmtpSecurity.NONE).name();
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
        return find(accountId, id).orElseThrow(() -> new NotFoundException("Remetente"));
    }

    public Optional<Sender> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(this::map)
                .optional();
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
