package br.com.regua.accounts;

import br.com.regua.shared.Ids;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** Back-office users; passwords are hashed with Argon2id. */
@Repository
class Users implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    Users(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    void create(UUID accountId, String username, String password) {
        jdbc.sql("INSERT INTO users (account_id, id, username, password_hash) VALUES (?, ?, ?, ?)")
                .params(accountId, Ids.next(), username, passwords.encode(password))
                .update();
    }

    /** Sets the password unless it already matches, so a restart with the same variable is a no-op. */
    void ensurePassword(UUID accountId, String username, String password) {
        find(username)
                .filter(user -> user.accountId().equals(accountId))
                .filter(user -> !passwords.matches(password, user.passwordHash()))
                .ifPresent(user -> jdbc.sql("UPDATE users SET password_hash = ? WHERE account_id = ? AND id = ?")
                        .params(passwords.encode(password), accountId, user.id())
                        .update());
    }

    boolean exists(String username) {
        return find(username).isPresent();
    }

    Optional<BackOfficeUser> find(String username) {
        return jdbc.sql("""
                SELECT u.account_id, u.id, u.username, u.password_hash, a.name
                FROM users u JOIN accounts a ON a.id = u.account_id
                WHERE lower(u.username) = lower(?)""")
                .param(username)
                .query((rs, n) -> new BackOfficeUser(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
