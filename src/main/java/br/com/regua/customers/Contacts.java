package br.com.regua.customers;

import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A customer's contacts; the primary one mirrors the customer's own e-mail and mobile phone. */
@Component
public class Contacts {

    private static final String SELECT = """
            SELECT id, customer_id, name, email, mobile_phone, is_primary, allow_email, allow_sms, allow_whatsapp,
                   created_at, duplicate_of
            FROM contacts""";

    private final JdbcClient jdbc;
    private final Customers customers;

    Contacts(JdbcClient jdbc, Customers customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    public Contact add(UUID accountId, UUID customerId, ContactData data) {
        customers.get(accountId, customerId);
        UUID id = Ids.next();
        String email = Customers.email(data.email());
        Mailboxes.refuseTaken(jdbc, accountId, customerId, email, "id <> ?", id);
        try {
            jdbc.sql("""
                INSERT INTO contacts (account_id, id, customer_id, name, email, mobile_phone,
                                      allow_email, allow_sms, allow_whatsapp)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            accountId,
                            id,
                            customerId,
                            data.name().trim(),
                            email,
                            Customers.mobile(data.mobilePhone()),
                            !Boolean.FALSE.equals(data.allowEmail()),
                            !Boolean.FALSE.equals(data.allowSms()),
                            !Boolean.FALSE.equals(data.allowWhatsapp()))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw Mailboxes.taken(email, raced);
        }
        return get(accountId, customerId, id);
    }

    public Contact update(UUID accountId, UUID customerId, UUID id, ContactData data) {
        String email = Customers.email(data.email());
        Mailboxes.refuseTaken(jdbc, accountId, customerId, email, "id <> ?", id);
        int updated;
        try {
            updated = jdbc.sql("""
                UPDATE contacts SET name = ?, email = ?, mobile_phone = ?, allow_email = ?, allow_sms = ?,
                                    allow_whatsapp = ?
                WHERE account_id = ? AND customer_id = ? AND id = ?""")
                    .params(
                            data.name().trim(),
                            email,
                            Customers.mobile(data.mobilePhone()),
                            !Boolean.FALSE.equals(data.allowEmail()),
                            !Boolean.FALSE.equals(data.allowSms()),
                            !Boolean.FALSE.equals(data.allowWhatsapp()),
                            accountId,
                            customerId,
                            id)
                    .update();
        } catch (DuplicateKeyException raced) {
            throw Mailboxes.taken(email, raced);
        }
        if (updated == 0) throw new NotFoundException("Contato");
        return get(accountId, customerId, id);
    }

    public Contact get(UUID accountId, UUID customerId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND customer_id = ? AND id = ?")
                .params(accountId, customerId, id)
                .query(Contacts::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Contato"));
    }

    /** All of a customer's contacts, the primary one first (a customer has a handful, not pages). */
    public List<Contact> list(UUID accountId, UUID customerId) {
        customers.get(accountId, customerId);
        return jdbc.sql(SELECT + " WHERE account_id = ? AND customer_id = ? ORDER BY is_primary DESC, id")
                .params(accountId, customerId)
                .query(Contacts::map)
                .list();
    }

    private static Contact map(ResultSet rs, int n) throws SQLException {
        return new Contact(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("mobile_phone"),
                rs.getBoolean("is_primary"),
                rs.getBoolean("allow_email"),
                rs.getBoolean("allow_sms"),
                rs.getBoolean("allow_whatsapp"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("duplicate_of", UUID.class));
    }
}
