package br.com.regua.senders;

import br.com.regua.shared.Channel;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Senders of an account ("Remetentes"); secrets are encrypted at rest. */
@Service
public class Senders {

    private static final String SELECT = """
            SELECT id, channel, name, active, host, port, security, username, password_encrypted IS NOT NULL AS has_password,
                   from_address, from_name, created_at
            FROM senders
            """;

    private final JdbcClient jdbc;
    private final SecretBox secrets;

    Senders(JdbcClient jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public Sender create(UUID accountId, SenderData data) {
        Channel channel = data.channel() == null ? Channel.EMAIL : data.channel();
        if (channel == Channel.EMAIL) {
            if (data.host() == null || data.host().isBlank()) throw new InvalidFieldException("host", "obrigatório");
            if (data.fromAddress() == null || data.fromAddress().isBlank()) {
                throw new InvalidFieldException("fromAddress", "obrigatório");
            }
        }
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO senders (account_id, id, channel, name, active, host, port, security, username,
                                     password_encrypted, from_address, from_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        channel.name(),
                        data.name().trim(),
                        !Boolean.FALSE.equals(data.active()),
                        trim(data.host()),
                        data.port() != null ? data.port() : channel == Channel.EMAIL ? 587 : null,
                        (data.security() != null ? data.security() : SmtpSecurity.NONE).name(),
                        trim(data.username()),
                        data.password() == null || data.password().isEmpty() ? null : secrets.encrypt(data.password()),
                        trim(data.fromAddress()),
                        trim(data.fromName()))
                .update();
        return get(accountId, id);
    }

    public Sender get(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(Senders::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Remetente"));
    }

    public List<Sender> list(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query(Senders::map)
                .list();
    }

    public void setActive(UUID accountId, UUID id, boolean active) {
        int updated = jdbc.sql("UPDATE senders SET active = ? WHERE account_id = ? AND id = ?")
                .params(active, accountId, id)
                .update();
        if (updated == 0) throw new NotFoundException("Remetente");
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Sender map(ResultSet rs, int n) throws SQLException {
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
                rs.getTimestamp("created_at").toInstant());
    }
}
