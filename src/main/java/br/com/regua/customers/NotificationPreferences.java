package br.com.regua.customers;

import br.com.regua.shared.NotFoundException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each customer's notification preferences (Asaas's matrix, seed 003) and each account's defaults
 * for the customers it creates from then on.
 */
@Component
public class NotificationPreferences {

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CustomerPreferences of(UUID accountId, UUID customerId) {
        return jdbc.sql("""
                SELECT notification_preferences, notifications_disabled, postal_delivery
                FROM customers WHERE account_id = ? AND id = ?""")
                .params(accountId, customerId)
                .query((rs, n) -> new CustomerPreferences(
                        !rs.getBoolean(2), rs.getBoolean(3), new PreferenceMatrix(rs.getInt(1))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Cliente"));
    }

    /** Changes only what {@code change} names; {@code enabled} and {@code postalDelivery} may be null (kept). */
    CustomerPreferences change(
            UUID accountId, UUID customerId, PreferenceChange change, Boolean enabled, Boolean postalDelivery) {
        if (Boolean.TRUE.equals(postalDelivery) && !hasAddress(accountId, customerId)) {
            throw new br.com.regua.shared.InvalidFieldException(
                    "postalDelivery",
                    "cadastre o endereço do cliente (CEP, logradouro, número, bairro, cidade e UF) antes de enviar"
                            + " boletos pelos Correios");
        }
        // One statement, so two clicks saved at the same moment both land.
        return jdbc.sql("""
                UPDATE customers
                SET notification_preferences = (notification_preferences & ~:clear) | :set,
                    notifications_disabled = COALESCE(NOT CAST(:enabled AS boolean), notifications_disabled),
                    postal_delivery = COALESCE(CAST(:postal AS boolean), postal_delivery)
                WHERE account_id = :account AND id = :id
                RETURNING notification_preferences, notifications_disabled, postal_delivery""")
                .param("clear", change.clear())
                .param("set", change.set())
                .param("enabled", enabled)
                .param("postal", postalDelivery)
                .param("account", accountId)
                .param("id", customerId)
                .query((rs, n) -> new CustomerPreferences(
                        !rs.getBoolean(2), rs.getBoolean(3), new PreferenceMatrix(rs.getInt(1))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Cliente"));
    }

    private boolean hasAddress(UUID accountId, UUID customerId) {
        return jdbc.sql("SELECT address_cep IS NOT NULL FROM customers WHERE account_id = ? AND id = ?")
                .params(accountId, customerId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Cliente"));
    }

    /** The matrix the account's new customers start with. */
    public PreferenceMatrix accountDefaults(UUID accountId) {
        return jdbc.sql("SELECT preferences FROM notification_defaults WHERE account_id = ?")
                .param(accountId)
                .query(Integer.class)
                .optional()
                .map(PreferenceMatrix::new)
                .orElse(PreferenceMatrix.DEFAULTS);
    }

    PreferenceMatrix changeAccountDefaults(UUID accountId, PreferenceChange change) {
        return new PreferenceMatrix(jdbc.sql("""
                INSERT INTO notification_defaults (account_id, preferences)
                VALUES (:account, (:defaults & ~:clear) | :set)
                ON CONFLICT (account_id)
                DO UPDATE SET preferences = (notification_defaults.preferences & ~:clear) | :set
                RETURNING preferences""")
                .param("account", accountId)
                .param("defaults", PreferenceBits.DEFAULTS)
                .param("clear", change.clear())
                .param("set", change.set())
                .query(Integer.class)
                .single());
    }
}
