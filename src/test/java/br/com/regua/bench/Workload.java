package br.com.regua.bench;

import br.com.regua.calendar.BusinessCalendar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The "Planning" workload of benchmarks.md written straight into Régua's own tables with
 * set-based SQL: one account, 100,000 customers (one in fifty with notifications disabled), each
 * with a primary contact and an active service, 3 boleto payment methods with 4 e-mail rules each,
 * and 1,000,000 December 2026 charges spread exactly like the floor's {@code f_charges} (charge
 * {@code g} belongs to customer {@code 1 + g % 100000}, method {@code 1 + g % 3}, due day
 * {@code DUE_DAYS[g % 6]}, paid when {@code g % 7 = 0}).
 */
final class Workload {

    static final int CUSTOMERS = 100_000;
    static final int CHARGES = 1_000_000;
    static final List<Integer> DUE_DAYS = List.of(5, 10, 15, 20, 25, 28);

    private Workload() {}

    /** Creates the account and its data. */
    static void generate(DataSource dataSource, UUID account, BusinessCalendar calendar) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements(account, calendar)) s.execute(sql);
        }
    }

    /** The business-day-adjusted due dates of the six due days, in the same order. */
    static List<LocalDate> effectiveDueDates(BusinessCalendar calendar) {
        return DUE_DAYS.stream()
                .map(day -> calendar.effectiveDueDate(LocalDate.of(2026, 12, day)))
                .toList();
    }

    private static List<String> statements(UUID account, BusinessCalendar calendar) {
        String a = "'" + account + "'::uuid";
        String dueDays = DUE_DAYS.stream().map(String::valueOf).collect(Collectors.joining(","));
        String effective = effectiveDueDates(calendar).stream()
                .map(d -> "DATE '" + d + "'")
                .collect(Collectors.joining(","));
        return List.of(
                "INSERT INTO accounts (id, name, email) VALUES (" + a + ", 'Provedor (benchmark)',"
                        + " 'financeiro@provedor.example')",
                // Ids are made here once so that charges can find their customer's and service's.
                "CREATE TEMP TABLE bench_customers AS SELECT n, regua_uuid_v7() AS customer_id,"
                        + " regua_uuid_v7() AS contact_id, regua_uuid_v7() AS service_id"
                        + " FROM generate_series(1, " + CUSTOMERS + ") n",
                "ALTER TABLE bench_customers ADD PRIMARY KEY (n)",
                "CREATE TEMP TABLE bench_methods AS SELECT m, regua_uuid_v7() AS id FROM generate_series(1, 3) m",
                "ANALYZE bench_customers",
                "ANALYZE bench_methods",
                """
                INSERT INTO customers (account_id, id, name, document, document_type, notifications_disabled)
                SELECT %s, customer_id, 'Cliente ' || n, lpad(n::text, 11, '0'), 'CPF', n %% 50 = 0
                FROM bench_customers ORDER BY n""".formatted(a),
                """
                INSERT INTO contacts (account_id, id, customer_id, name, email, is_primary, allow_email)
                SELECT %s, contact_id, customer_id, 'Cliente ' || n, 'c' || n || '@example.com', true, true
                FROM bench_customers ORDER BY n""".formatted(a),
                """
                INSERT INTO services (account_id, id, customer_id, description, status)
                SELECT %s, service_id, customer_id, 'Internet 300 Mega', 'ACTIVE'
                FROM bench_customers ORDER BY n""".formatted(a),
                """
                INSERT INTO senders (account_id, id, channel, name, active, host, port, security, from_address,
                                     from_name)
                VALUES (%s, regua_uuid_v7(), 'EMAIL', 'Principal', true, '127.0.0.1', 2525, 'NONE',
                        'cobranca@provedor.example', 'Provedor')""".formatted(a),
                """
                INSERT INTO payment_methods (account_id, id, name, kind, sender_id, boleto_bank, boleto_agency,
                                             boleto_account, boleto_wallet, boleto_agreement)
                SELECT %s, m.id, 'Boleto ' || m.m, 'BOLETO', (SELECT id FROM senders WHERE account_id = %s),
                       '341', '1234', '56789-0', '109', '1234567'
                FROM bench_methods m ORDER BY m.m""".formatted(a, a),
                """
                INSERT INTO sending_rules (account_id, id, payment_method_id, trigger, days, channel, template_id,
                                           attach_invoice, active)
                SELECT %s, regua_uuid_v7(), m.id, r.trigger, r.days, 'EMAIL',
                       'builtin-' || lower(replace(r.trigger, '_', '-')) || '-email', false, true
                FROM bench_methods m
                CROSS JOIN (VALUES ('BEFORE_DUE', 5), ('ON_DUE', 0), ('AFTER_DUE', 1), ('AFTER_DUE', 13))
                    AS r(trigger, days)
                ORDER BY m.m""".formatted(a),
                """
                INSERT INTO charges (account_id, id, customer_id, service_id, payment_method_id, amount, description,
                                     due_date, effective_due_date, status, paid_at, paid_amount)
                SELECT %s, regua_uuid_v7(), cu.customer_id, cu.service_id, m.id, 9990,
                       'Internet 300 Mega - dezembro/2026',
                       make_date(2026, 12, (ARRAY[%s])[1 + g %% 6]),
                       (ARRAY[%s])[1 + g %% 6],
                       CASE WHEN g %% 7 = 0 THEN 'PAID' ELSE 'PENDING' END,
                       CASE WHEN g %% 7 = 0 THEN DATE '2026-11-30' END,
                       CASE WHEN g %% 7 = 0 THEN 9990 END
                FROM generate_series(0, %d) g
                JOIN bench_customers cu ON cu.n = 1 + g %% %d
                JOIN bench_methods m ON m.m = 1 + g %% 3
                ORDER BY g""".formatted(a, dueDays, effective, CHARGES - 1, CUSTOMERS),
                "DROP TABLE bench_customers, bench_methods",
                "VACUUM (ANALYZE) accounts, customers, contacts, services, senders, payment_methods,"
                        + " sending_rules, charges, notifications");
    }
}
