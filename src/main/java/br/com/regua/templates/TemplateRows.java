package br.com.regua.templates;

import br.com.regua.shared.Channel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The account's own layouts. */
@Component
class TemplateRows {

    private static final String SELECT = """
            SELECT id, name, channel, subject, html, text, whatsapp_name, whatsapp_language, whatsapp_parameters,
                   created_at, updated_at
            FROM templates
            """;

    private final JdbcClient jdbc;

    TemplateRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, UUID id, TemplateData data) {
        WhatsAppTemplate whatsapp = data.whatsapp();
        jdbc.sql("""
                INSERT INTO templates (account_id, id, name, channel, subject, html, text,
                                       whatsapp_name, whatsapp_language, whatsapp_parameters)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        data.name().strip(),
                        data.channel().name(),
                        data.subject(),
                        data.html(),
                        data.text(),
                        whatsapp == null ? null : whatsapp.name(),
                        whatsapp == null ? null : whatsapp.language(),
                        whatsapp == null ? null : whatsapp.parameters().toArray(String[]::new))
                .update();
    }

    boolean update(UUID accountId, UUID id, TemplateData data) {
        WhatsAppTemplate whatsapp = data.whatsapp();
        return jdbc.sql("""
                        UPDATE templates SET name = ?, subject = ?, html = ?, text = ?, whatsapp_name = ?,
                                             whatsapp_language = ?, whatsapp_parameters = ?, updated_at = now()
                        WHERE account_id = ? AND id = ?""")
                        .params(
                                data.name().strip(),
                                data.subject(),
                                data.html(),
                                data.text(),
                                whatsapp == null ? null : whatsapp.name(),
                                whatsapp == null ? null : whatsapp.language(),
                                whatsapp == null ? null : whatsapp.parameters().toArray(String[]::new),
                                accountId,
                                id)
                        .update()
                > 0;
    }

    Optional<Template> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(TemplateRows::map)
                .optional();
    }

    boolean exists(UUID accountId, UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM templates WHERE account_id = ? AND id = ?)")
                .params(accountId, id)
                .query(Boolean.class)
                .single();
    }

    List<Template> list(UUID accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY id")
                .param(accountId)
                .query(TemplateRows::map)
                .list();
    }

    private static Template map(ResultSet rs, int n) throws SQLException {
        String whatsappName = rs.getString("whatsapp_name");
        WhatsAppTemplate whatsapp = null;
        if (whatsappName != null) {
            Array parameters = rs.getArray("whatsapp_parameters");
            whatsapp = new WhatsAppTemplate(
                    whatsappName,
                    rs.getString("whatsapp_language"),
                    parameters == null ? List.of() : Arrays.asList((String[]) parameters.getArray()));
        }
        return new Template(
                rs.getObject("id", UUID.class).toString(),
                rs.getString("name"),
                Channel.valueOf(rs.getString("channel")),
                false,
                rs.getString("subject"),
                rs.getString("html"),
                rs.getString("text"),
                whatsapp,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
