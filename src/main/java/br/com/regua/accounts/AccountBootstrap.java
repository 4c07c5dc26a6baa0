package br.com.regua.accounts;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database with no account, creates "Minha empresa" with the back-office user {@code admin}.
 * Several instances may start at once on one database: an advisory lock makes one of them do it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // other start-up work may need the first account
class AccountBootstrap implements ApplicationRunner {

    static final String FIRST_ACCOUNT_NAME = "Minha empresa";
    static final String ADMIN = "admin";
    private static final long LOCK = 0x5265677561L; // "Regua"
    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Users users;
    private final ApiKeys apiKeys;
    private final AccessProperties access;

    AccountBootstrap(JdbcClient jdbc, Accounts accounts, Users users, ApiKeys apiKeys, AccessProperties access) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
        this.apiKeys = apiKeys;
        this.access = access;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
        UUID first = firstAccount().orElseGet(this::createFirstAccount);
        if (present(access.bootstrapApiKey())) {
            apiKeys.register(first, "REGUA_BOOTSTRAP_API_KEY", access.bootstrapApiKey());
        }
        if (present(access.adminPassword())) {
            users.ensurePassword(first, ADMIN, access.adminPassword());
        }
    }

    private Optional<UUID> firstAccount() {
        return jdbc.sql("SELECT id FROM accounts ORDER BY id LIMIT 1")
                .query(UUID.class)
                .optional();
    }

    private UUID createFirstAccount() {
        UUID id = accounts.insert(FIRST_ACCOUNT_NAME, null);
        if (present(access.adminPassword())) {
            users.create(id, ADMIN, access.adminPassword());
        } else {
            String password = Secrets.random(12);
            users.create(id, ADMIN, password);
            // Printed once: the only place this password ever appears.
            log.warn(
                    "\n\n    Régua: first start. Back-office login: user '{}', password '{}'\n"
                            + "    (set REGUA_ADMIN_PASSWORD to choose it; this is not shown again)\n",
                    ADMIN,
                    password);
        }
        return id;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
