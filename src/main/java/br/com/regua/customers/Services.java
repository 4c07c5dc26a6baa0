package br.com.regua.customers;

import br.com.regua.shared.Ids;
import br.com.regua.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Customers' services (contracts). */
@Component
public class Services {

    private static final String SELECT = """
            SELECT id, customer_id, description, status, allow_billing_email, allow_billing_sms,
                   allow_billing_whatsapp, pause_notices_until, created_at
            FROM services""";

    private final JdbcClient jdbc;
    private final Customers customers;

    Services(JdbcClient jdbc, Customers customers) {
        this.jdbc = jdbc;
        this.customers = customers;
    }

    public Service add(UUID accountId, UUID customerId, ServiceData data) {
        customers.get(accountId, customerId);
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO services (account_id, id, customer_id, description, status, allow_billing_email,
                                      allow_billing_sms, allow_billing_whatsapp, pause_notices_until)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        accountId,
                        id,
                        customerId,
                        data.description().trim(),
                        data.status().name(),
                        !Boolean.FALSE.equals(data.allowBillingEmail()),
                        !Boolean.FALSE.equals(data.allowBillingSms()),
                        !Boolean.FALSE.equals(data.allowBillingWhatsapp()),
                        data.pauseNoticesUntil())
                .update();
        return get(accountId, customerId, id);
    }

    public Service update(UUID accountId, UUID customerId, UUID id, ServiceData data) {
        int updated = jdbc.sql("""
                UPDATE services SET description = ?, status = ?, allow_billing_email = ?, allow_billing_sms = ?,
                                    allow_billing_whatsapp = ?, pause_notices_until = ?
                WHERE account_id = ? AND customer_id = ? AND id = ?""")
                .params(
                        data.description().trim(),
                        data.status().name(),
                        !Boolean.FALSE.equals(data.allowBillingEmail()),
                        !Boolean.FALSE.equals(data.allowBillingSms()),
                        !Boolean.FALSE.equals(data.allowBillingWhatsapp()),
                        data.pauseNoticesUntil(),
                        accountId,
                        customerId,
                        id)
                .update();
        if (updated == 0) throw new NotFoundException("Serviço");
        return get(accountId, customerId, id);
    }

    public Service get(UUID accountId, UUID customerId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND customer_id = ? AND id = ?")
                .params(accountId, customerId, id)
                .query(Services::map)
                .optional()
                .orElseThrow(() -> new NotFoundException("Serviço"));
    }

    /**
     * The service a request body names for {@code customerId} ({@code raw}, the field
     * {@code serviceId}): null when absent, 422 naming the field when it is not one of this
     * customer's services in this account.
     */
    public UUID referencedBy(UUID accountId, UUID customerId, String raw) {
        if (raw == null || raw.isBlank()) return null;
        UUID serviceId = br.com.regua.shared.Ids.parse(raw.trim())
                .orElseThrow(() -> new br.com.regua.shared.InvalidReferenceException(
                        "serviceId", "serviço inexistente nesta conta"));
        Service service = find(accountId, serviceId)
                .orElseThrow(() -> new br.com.regua.shared.InvalidReferenceException(
                        "serviceId", "serviço inexistente nesta conta"));
        if (!service.customerId().equals(customerId)) {
            throw new br.com.regua.shared.InvalidReferenceException(
                    "serviceId", "o serviço não pertence a este cliente");
        }
        return serviceId;
    }

    /** A service of the account, whoever its customer. */
    public Optional<Service> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(Services::map)
                .optional();
    }

    public List<Service> list(UUID accountId, UUID customerId) {
        customers.get(accountId, customerId);
        return jdbc.sql(SELECT + " WHERE account_id = ? AND customer_id = ? ORDER BY id")
                .params(accountId, customerId)
                .query(Services::map)
                .list();
    }

    private static Service map(ResultSet rs, int n) throws SQLException {
        return new Service(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("description"),
                ServiceStatus.valueOf(rs.getString("status")),
                rs.getBoolean("allow_billing_email"),
                rs.getBoolean("allow_billing_sms"),
                rs.getBoolean("allow_billing_whatsapp"),
                rs.getObject("pause_notices_until", LocalDate.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
