package br.com.regua.accounts;

import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.PhoneNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts (tenants): creation with their first API key and back-office user, and lookups. */
@Service
public class Accounts {

    private final JdbcClient jdbc;
    private final ApiKeys apiKeys;
    private final Users users;
    private final Clock clock;

    Accounts(JdbcClient jdbc, ApiKeys apiKeys, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.apiKeys = apiKeys;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Creates an account with an API key and a back-office user whose login is the account's
     * e-mail (or a generated one), both secrets returned this once.
     */
    @Transactional
    public CreatedAccount create(String name, String email) {
        UUID id = insert(name, email);
        String apiKey = apiKeys.create(id, "Chave inicial");
        String username = email != null && !users.exists(email)
                ? email
                : "admin-" + id.toString().substring(24);
        String password = Secrets.random(12);
        users.create(id, username, password);
        return new CreatedAccount(id, name, apiKey, username, password);
    }

    UUID insert(String name, String email) {
        UUID id = Ids.next();
        jdbc.sql("INSERT INTO accounts (id, name, email) VALUES (?, ?, ?)")
                .params(id, name, email)
                .update();
        return id;
    }

    public Account get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Conta"));
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("SELECT id, name, email, time_zone FROM accounts WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Account(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))))
                .optional();
    }

    /** The merchant's own address for Régua's notices to the merchant ("Para mim"), when set. */
    public Optional<String> notificationEmail(UUID id) {
        return jdbc.sql("SELECT notification_email FROM accounts WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .filter(e -> !e.isBlank());
    }

    /**
     * Appendix B's account settings: the name shown to customers, and the merchant's own addresses
     * ("Para mim"): the e-mail, and the mobile for SMS and WhatsApp copies (E.164), each null for
     * none; {@code merchantDigest}: one e-mail a day instead of an e-mail copy per notice.
     */
    public record Settings(String name, String notificationEmail, String notificationMobile, boolean merchantDigest) {}

    public Settings settings(UUID id) {
        return jdbc.sql(
                        "SELECT name, notification_email, notification_mobile, merchant_digest FROM accounts WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Conta"));
    }

    /** Saves the settings; blank addresses are none, a mobile is stored in E.164 (+5511987654321). */
    public Settings updateSettings(UUID id, Settings settings) {
        String mobile = blankToNull(settings.notificationMobile());
        if (mobile != null) {
            String given = mobile;
            mobile = PhoneNumbers.mobile(mobile)
                    .orElseThrow(() -> new InvalidFieldException("notificationMobile", "celular inválido: " + given));
        }
        jdbc.sql("UPDATE accounts SET name = ?, notification_email = ?, notification_mobile = ?, merchant_digest = ?"
                        + " WHERE id = ?")
                .params(
                        settings.name().trim(),
                        blankToNull(settings.notificationEmail()),
                        mobile,
                        settings.merchantDigest(),
                        id)
                .update();
        return settings(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public ZoneId timeZone(UUID id) {
        return get(id).timeZone();
    }

    /** "Today" for the account: the injected clock's date in the account's time zone. */
    public LocalDate today(UUID id) {
        return LocalDate.now(clock.withZone(timeZone(id)));
    }
}
