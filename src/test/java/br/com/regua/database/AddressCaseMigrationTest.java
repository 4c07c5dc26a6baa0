package br.com.regua.database;

import static org.assertj.core.api.Assertions.assertThat;

import br.com.regua.testing.IntegrationTest;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V9_6 on a database that already holds addresses in mixed case: the migrations run up to just
 * before it in a scratch schema of the test database, rows are written as the old code wrote
 * them, then V9_6 runs. Colliding contacts and notices are marked, not refused.
 */
class AddressCaseMigrationTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    String schema;
    UUID account = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    UUID primary = UUID.randomUUID();
    UUID sameMailbox = UUID.randomUUID();
    UUID other = UUID.randomUUID();

    @BeforeEach
    void migrateToJustBefore() {
        schema = "address_case_" + UUID.randomUUID().toString().replace("-", "");
        // Whatever migrations come before V9_6 on this branch, and not V9_6 itself.
        MigrationVersion before = java.util.Arrays.stream(
                        flyway("latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.isNewerThan("9.6") == false && !v.equals(MigrationVersion.fromVersion("9.6")))
                .max(MigrationVersion::compareTo)
                .orElseThrow();
        flyway(before.getVersion()).migrate();
    }

    @AfterEach
    void dropScratch() {
        jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
    }

    Flyway flyway(String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    void sql(String statement, Object... params) {
        jdbc.sql(statement.replace("$s", schema)).params(params).update();
    }

    void contact(UUID id, String email, boolean isPrimary, String createdAt) {
        sql(
                "INSERT INTO $s.contacts (account_id, id, customer_id, name, email, is_primary, created_at)"
                        + " VALUES (?, ?, ?, 'Maria', ?, ?, CAST(? AS timestamptz))",
                account,
                id,
                customer,
                email,
                isPrimary,
                createdAt);
    }

    UUID notice(UUID charge, String address, String status) {
        UUID id = UUID.randomUUID();
        sql(
                "INSERT INTO $s.notifications (account_id, id, charge_id, customer_id, source, trigger, channel,"
                        + " address, occurrence_date, scheduled_for, priority, status)"
                        + " VALUES (?, ?, ?, ?, 'rule', 'AFTER_DUE', 'EMAIL', ?, DATE '2021-03-05',"
                        + " DATE '2021-03-05', 2, ?)",
                account,
                id,
                charge,
                customer,
                address,
                status);
        return id;
    }

    @Test
    void existing_addresses_get_a_lower_case_domain_and_a_second_contact_of_the_same_mailbox_is_marked_duplicate() {
        sql("INSERT INTO $s.accounts (id, name) VALUES (?, 'Provedor')", account);
        sql(
                "INSERT INTO $s.customers (account_id, id, name, document, document_type) VALUES (?, ?, 'Maria',"
                        + " '52998224725', 'CPF')",
                account,
                customer);
        contact(sameMailbox, "maria@X.com", false, "2021-01-01T00:00:00Z");
        contact(primary, "Maria@X.COM", true, "2021-02-01T00:00:00Z");
        contact(other, "Fin@Provedor.COM.BR", false, "2021-01-01T00:00:00Z");
        UUID charge = UUID.randomUUID();
        UUID sent = notice(charge, "Maria@X.COM", "SENT");
        UUID queued = notice(charge, "maria@x.com", "QUEUED");

        flyway("9.6").migrate();

        record Row(UUID id, String email, UUID duplicateOf) {}
        List<Row> contacts = jdbc.sql("SELECT id, email, duplicate_of FROM " + schema
                        + ".contacts WHERE account_id = ? ORDER BY email")
                .param(account)
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("email"),
                        rs.getObject("duplicate_of", UUID.class)))
                .list();
        assertThat(contacts)
                .containsExactlyInAnyOrder(
                        new Row(primary, "Maria@x.com", null),
                        new Row(sameMailbox, "maria@x.com", primary),
                        new Row(other, "Fin@provedor.com.br", null));

        record Notice(UUID id, String status, String reason, UUID duplicateOf) {}
        List<Notice> notices = jdbc.sql("SELECT id, status, status_reason, duplicate_of FROM " + schema
                        + ".notifications WHERE account_id = ?")
                .param(account)
                .query((rs, n) -> new Notice(
                        rs.getObject("id", UUID.class),
                        rs.getString("status"),
                        rs.getString("status_reason"),
                        rs.getObject("duplicate_of", UUID.class)))
                .list();
        assertThat(notices)
                .containsExactlyInAnyOrder(
                        new Notice(sent, "SENT", null, null), new Notice(queued, "SKIPPED", "DUPLICATE_ADDRESS", sent));
    }

    @Test
    void after_the_migration_the_database_refuses_a_second_contact_or_notice_differing_only_in_case() {
        flyway("9.6").migrate();
        sql("INSERT INTO $s.accounts (id, name) VALUES (?, 'Provedor')", account);
        sql(
                "INSERT INTO $s.customers (account_id, id, name, document, document_type) VALUES (?, ?, 'Maria',"
                        + " '52998224725', 'CPF')",
                account,
                customer);
        contact(primary, "Maria@x.com", true, "2021-01-01T00:00:00Z");
        UUID charge = UUID.randomUUID();
        notice(charge, "Maria@x.com", "SENT");

        assertThat(refused(() -> contact(sameMailbox, "maria@x.com", false, "2021-01-01T00:00:00Z")))
                .isTrue();
        assertThat(refused(() -> notice(charge, "MARIA@X.COM", "QUEUED"))).isTrue();
    }

    static boolean refused(Runnable insert) {
        try {
            insert.run();
            return false;
        } catch (org.springframework.dao.DuplicateKeyException expected) {
            return true;
        }
    }
}
