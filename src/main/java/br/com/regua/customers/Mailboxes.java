package br.com.regua.customers;

import br.com.regua.shared.ConflictException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * E-mail addresses as one mailbox whatever their case: the domain is stored in lower case (it is
 * case-insensitive, RFC 5321 §2.4), the mailbox part as written (some servers tell case apart
 * there, and the customer wrote it so), and a customer has at most one contact per address
 * compared in lower case (the unique index {@code contacts_email_per_customer}).
 */
final class Mailboxes {

    private Mailboxes() {}

    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String email = raw.trim();
        int at = email.lastIndexOf('@');
        return at < 0
                ? email
                : email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Refuses {@code email} when another contact of the customer has it, naming the one that does;
     * {@code others} tells the contact being written apart ({@code "id <> ?"} with its id, or
     * {@code "NOT is_primary"} for the customer's own e-mail).
     */
    static void refuseTaken(
            JdbcClient jdbc, UUID accountId, UUID customerId, String email, String others, Object... otherParams) {
        if (email == null) return;
        var statement = jdbc.sql("SELECT name FROM contacts WHERE account_id = ? AND customer_id = ?"
                        + " AND lower(email) = lower(?) AND duplicate_of IS NULL AND " + others + " LIMIT 1")
                .param(accountId)
                .param(customerId)
                .param(email);
        for (Object p : otherParams) statement = statement.param(p);
        statement.query(String.class).optional().ifPresent(name -> {
            throw taken(email, name);
        });
    }

    /** The unique index caught what {@link #refuseTaken} could not see (two requests at once). */
    static ConflictException taken(String email, DuplicateKeyException raced) {
        return taken(email, (String) null);
    }

    private static ConflictException taken(String email, String name) {
        return new ConflictException(
                "email",
                "Este cliente já tem um contato"
                        + (name == null ? "" : " (" + name + ")")
                        + " com o e-mail " + email + " (maiúsculas e minúsculas não distinguem endereços)");
    }
}
