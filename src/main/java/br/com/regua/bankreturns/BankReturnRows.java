package br.com.regua.bankreturns;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The bank_returns and bank_return_lines tables. */
@Repository
class BankReturnRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SELECT = """
            SELECT id, status, format, bank, file_name, agency, bank_account, agreement, lines, paid, already_paid,
                   unmatched, ignored, errors, created_at, completed_at
            FROM bank_returns
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BankReturnRows(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record NewImport(
            UUID id,
            String sha256,
            String fileName,
            int size,
            BankReturnStatus status,
            ParsedReturn parsed,
            List<LineError> errors) {}

    /** False when the account imported these bytes already (the unique SHA-256), even concurrently. */
    boolean insert(UUID accountId, NewImport i) {
        ParsedReturn p = i.parsed();
        return jdbc.sql("""
                        INSERT INTO bank_returns (account_id, id, sha256, file_name, size_bytes, format, bank, agency,
                                                  bank_account, agreement, status, lines, errors)
                        VALUES (:account, :id, :sha, :name, :size, :format, :bank, :agency, :bankAccount, :agreement,
                                :status, :lines, CAST(:errors AS jsonb))
                        ON CONFLICT (account_id, sha256) DO NOTHING""")
                        .param("account", accountId)
                        .param("id", i.id())
                        .param("sha", i.sha256())
                        .param("name", i.fileName())
                        .param("size", i.size())
                        .param("format", p == null ? null : p.format().name())
                        .param("bank", p == null ? null : p.bank())
                        .param("agency", p == null ? null : p.identity().agency())
                        .param("bankAccount", p == null ? null : p.identity().account())
                        .param("agreement", p == null ? null : p.identity().agreement())
                        .param("status", i.status().name())
                        .param("lines", p == null ? 0 : p.titles().size())
                        .param("errors", JSON.writeValueAsString(i.errors()))
                        .update()
                == 1;
    }

    /**
     * The titles, in one COPY: a file of 50,000 titles is staged in well under a second. Runs on
     * the transaction's connection, so the import row and its lines commit together.
     */
    void stage(UUID accountId, UUID bankReturnId, List<Title> titles) {
        StringBuilder csv = new StringBuilder(titles.size() * 120);
        for (Title t : titles) {
            csv.append(accountId)
                    .append(',')
                    .append(bankReturnId)
                    .append(',')
                    .append(t.line())
                    .append(',');
            csv.append(t.nossoNumero())
                    .append(',')
                    .append(t.sequence())
                    .append(',')
                    .append(t.occurrence());
            csv.append(",\"").append(t.occurrenceLabel().replace("\"", "\"\"")).append("\",");
            csv.append(t.settlement())
                    .append(',')
                    .append(t.amount())
                    .append(',')
                    .append(t.amountPaid());
            csv.append(',').append(t.tariff()).append(',');
            if (t.paidAt() != null) csv.append(t.paidAt());
            csv.append(',');
            if (t.creditedAt() != null) csv.append(t.creditedAt());
            csv.append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY bank_return_lines (account_id, bank_return_id, line, nosso_numero, sequence,"
                                    + " occurrence, occurrence_label, settlement, amount, amount_paid, tariff, paid_at,"
                                    + " credited_at) FROM STDIN WITH (FORMAT csv)",
                            new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("staging the return file's lines failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    Optional<BankReturn> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(BankReturnRows::map)
                .optional();
    }

    Optional<BankReturn> findBySha(UUID accountId, String sha256) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND sha256 = ?")
                .params(accountId, sha256)
                .query(BankReturnRows::map)
                .optional();
    }

    br.com.regua.shared.Page<BankReturn> list(UUID accountId, br.com.regua.shared.PageRequest page) {
        return br.com.regua.shared.Page.of(jdbc, SELECT, accountId, page, BankReturnRows::map, BankReturn::id);
    }

    /** Newest first, for the back-office history. */
    List<BankReturn> latest(UUID accountId, int limit) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(accountId, limit)
                .query(BankReturnRows::map)
                .list();
    }

    /** Titles from line {@code afterLine} on, in file order; one more than {@code limit} to tell a next page. */
    List<BankReturnItem> items(UUID accountId, UUID id, int afterLine, int limit, LineResult only) {
        return jdbc.sql("""
                        SELECT line, nosso_numero, occurrence, occurrence_label, result, charge_id, amount, amount_paid,
                               tariff, paid_at, credited_at
                        FROM bank_return_lines
                        WHERE account_id = :account AND bank_return_id = :id AND line > :after
                          AND (CAST(:only AS text) IS NULL OR result = :only)
                        ORDER BY line LIMIT :limit""")
                .param("account", accountId)
                .param("id", id)
                .param("after", afterLine)
                .param("only", only == null ? null : only.name())
                .param("limit", limit)
                .query((rs, n) -> new BankReturnItem(
                        rs.getInt("line"),
                        rs.getString("nosso_numero"),
                        rs.getString("occurrence"),
                        rs.getString("occurrence_label"),
                        rs.getString("result") == null ? null : LineResult.valueOf(rs.getString("result")),
                        rs.getObject("charge_id", UUID.class),
                        rs.getLong("amount"),
                        rs.getLong("amount_paid"),
                        rs.getLong("tariff"),
                        rs.getObject("paid_at", java.time.LocalDate.class),
                        rs.getObject("credited_at", java.time.LocalDate.class)))
                .list();
    }

    List<ChargeBankOccurrence> history(UUID accountId, UUID chargeId) {
        return jdbc.sql("""
                        SELECT bank_return_id, line, occurrence, occurrence_label, occurred_on, amount_paid, tariff,
                               result, created_at
                        FROM charge_bank_occurrences WHERE account_id = ? AND charge_id = ?
                        ORDER BY created_at, line""")
                .params(accountId, chargeId)
                .query((rs, n) -> new ChargeBankOccurrence(
                        rs.getObject("bank_return_id", UUID.class),
                        rs.getInt("line"),
                        rs.getString("occurrence"),
                        rs.getString("occurrence_label"),
                        rs.getObject("occurred_on", java.time.LocalDate.class),
                        rs.getLong("amount_paid"),
                        rs.getLong("tariff"),
                        LineResult.valueOf(rs.getString("result")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Every import still PROCESSING, of every account, oldest first. */
    List<UUID[]> processing() {
        return jdbc.sql("SELECT account_id, id FROM bank_returns WHERE status = 'PROCESSING' ORDER BY created_at")
                .query((rs, n) -> new UUID[] {rs.getObject("account_id", UUID.class), rs.getObject("id", UUID.class)})
                .list();
    }

    private static BankReturn map(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        String format = rs.getString("format");
        return new BankReturn(
                rs.getObject("id", UUID.class),
                BankReturnStatus.valueOf(rs.getString("status")),
                format == null ? null : ReturnFormat.valueOf(format),
                rs.getString("bank"),
                rs.getString("file_name"),
                rs.getString("agency"),
                rs.getString("bank_account"),
                rs.getString("agreement"),
                rs.getInt("lines"),
                rs.getInt("paid"),
                rs.getInt("already_paid"),
                rs.getInt("unmatched"),
                rs.getInt("ignored"),
                List.of(),
                JSON.readValue(rs.getString("errors"), new TypeReference<List<LineError>>() {}),
                rs.getTimestamp("created_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }
}
