package br.com.regua.customers;

import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import br.com.regua.shared.PhoneNumbers;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Customers of an account, each with a primary contact holding its e-mail and mobile phone. */
@Component
public class Customers {

    private static final String SELECT = """
            SELECT c.id, c.name, c.document, c.document_type, p.email, p.mobile_phone,
                   c.notifications_disabled, c.external_reference, c.created_at, c.address_cep, c.address_street,
                   c.address_number, c.address_complement, c.address_district, c.address_city, c.address_state
            FROM customers c
            LEFT JOIN contacts p ON p.account_id = c.account_id AND p.customer_id = c.id AND p.is_primary
            """;

    private final JdbcClient jdbc;

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Customer create(UUID accountId, CustomerData data) {
        Document document = document(data.document());
        PostalAddress address = data.address() == null ? null : data.address().normalised();
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO customers (account_id, id, name, document, document_type, notifications_disabled,
                                       external_reference, notification_preferences)
                VALUES (?, ?, ?, ?, ?, ?, ?,
                        COALESCE((SELECT preferences FROM notification_defaults WHERE account_id = ?), ?))""")
                .params(
                        accountId,
                        id,
                        data.name().trim(),
                        document.value(),
                        document.type().name(),
                        Boolean.TRUE.equals(data.notificationsDisabled()),
                        blankToNull(data.externalReference()),
                        accountId,
                        PreferenceBits.DEFAULTS)
                .update();
        writeAddress(accountId, id, address);
        jdbc.sql("""
                INSERT INTO contacts (account_id, id, customer_id, name, email, mobile_phone, is_primary)
                VALUES (?, ?, ?, ?, ?, ?, true)""")
                .params(accountId, Ids.next(), id, data.name().trim(), email(data.email()), mobile(data.mobilePhone()))
                .update();
        return get(accountId, id);
    }

    @Transactional
    public Customer update(UUID accountId, UUID id, CustomerData data) {
        Document document = document(data.document());
        PostalAddress address = data.address() == null ? null : data.address().normalised();
        int updated = jdbc.sql("""
                UPDATE customers SET name = ?, document = ?, document_type = ?, notifications_disabled = COALESCE(?, notifications_disabled),
                                     external_reference = ?
                WHERE account_id = ? AND id = ?""")
                .params(
                        data.name().trim(),
                        document.value(),
                        document.type().name(),
                        data.notificationsDisabled(),
                        blankToNull(data.externalReference()),
                        accountId,
                        id)
                .update();
        if (updated == 0) throw new NotFoundException("Cliente");
        writeAddress(accountId, id, address);
        String email = email(data.email());
        Mailboxes.refuseTaken(jdbc, accountId, id, email, "NOT is_primary");
        try {
            jdbc.sql("""
                    UPDATE contacts SET name = ?, email = ?, mobile_phone = ?
                    WHERE account_id = ? AND customer_id = ? AND is_primary""")
                    .params(data.name().trim(), email, mobile(data.mobilePhone()), accountId, id)
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw Mailboxes.taken(email, raced);
        }
        return get(accountId, id);
    }

    /** A PUT replaces the customer, its address with it: none is refused while boletos go by post. */
    private void writeAddress(UUID accountId, UUID id, PostalAddress a) {
        int written = jdbc.sql("""
                UPDATE customers SET address_cep = :cep, address_street = :street, address_number = :number,
                                     address_complement = :complement, address_district = :district,
                                     address_city = :city, address_state = :state
                WHERE account_id = :account AND id = :id AND (CAST(:cep AS text) IS NOT NULL OR NOT postal_delivery)""")
                .param("cep", a == null ? null : a.cep())
                .param("street", a == null ? null : a.street())
                .param("number", a == null ? null : a.number())
                .param("complement", a == null ? null : a.complement())
                .param("district", a == null ? null : a.district())
                .param("city", a == null ? null : a.city())
                .param("state", a == null ? null : a.state())
                .param("account", accountId)
                .param("id", id)
                .update();
        if (written == 0) {
            throw new br.com.regua.shared.InvalidFieldException(
                    "address", "obrigatório enquanto os boletos deste cliente vão pelos Correios");
        }
    }

    public Optional<Customer> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE c.account_id = ? AND c.id = ?")
                .params(accountId, id)
                .query(Customers::map)
                .optional();
    }

    public Customer get(UUID accountId, UUID id) {
        return find(accountId, id).orElseThrow(() -> new NotFoundException("Cliente"));
    }

    /** Customers in creation order; {@code search} matches name (any part) or document (prefix). */
    public Page<Customer> list(UUID accountId, String search, PageRequest page) {
        String term = search == null ? "" : search.trim();
        String digits = term.replaceAll("[\\s./-]", "").toUpperCase(java.util.Locale.ROOT);
        var rows = jdbc.sql(SELECT + """
                WHERE c.account_id = :account
                  AND (CAST(:after AS uuid) IS NULL OR c.id > :after)
                  AND (:term = '' OR c.name ILIKE '%' || :term || '%'
                       OR (:digits <> '' AND c.document LIKE :digits || '%'))
                ORDER BY c.id LIMIT :limit""")
                .param("account", accountId)
                .param("after", page.after())
                .param("term", term)
                .param("digits", digits)
                .param("limit", page.fetchSize())
                .query(Customers::map)
                .list();
        return Page.of(rows, page, Customer::id);
    }

    private static Customer map(ResultSet rs, int n) throws SQLException {
        return new Customer(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("document"),
                Document.Type.valueOf(rs.getString("document_type")),
                rs.getString("email"),
                rs.getString("mobile_phone"),
                rs.getBoolean("notifications_disabled"),
                rs.getString("external_reference"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("address_cep") == null
                        ? null
                        : new PostalAddress(
                                rs.getString("address_cep"),
                                rs.getString("address_street"),
                                rs.getString("address_number"),
                                rs.getString("address_complement"),
                                rs.getString("address_district"),
                                rs.getString("address_city"),
                                rs.getString("address_state")));
    }

    private static Document document(String raw) {
        // Bean validation has already refused an invalid document; this is the normalisation.
        return Document.parse(raw)
                .orElseThrow(() -> new br.com.regua.shared.InvalidFieldException("document", "CPF ou CNPJ inválido"));
    }

    static String email(String raw) {
        return Mailboxes.normalise(raw);
    }

    static String mobile(String raw) {
        return raw == null || raw.isBlank() ? null : PhoneNumbers.mobile(raw).orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
