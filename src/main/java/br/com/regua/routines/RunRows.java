package br.com.regua.routines;

import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The routine_runs table. A run row is written before the work starts, so no run goes unrecorded. */
@Repository
class RunRows {

    record NewRun(UUID routineId, LocalDate date, LocalDate windowFrom, RunTrigger trigger, Instant startedAt) {}

    private static final String SELECT = """
            SELECT id, routine_id, status, run_date, window_from, trigger, evaluated, queued, skipped, error,
                   started_at, finished_at
            FROM routine_runs
            """;

    private static final TypeReference<Map<String, Integer>> SKIPPED = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts a RUNNING run; false when a scheduled run of that routine and day already exists. The
     * partial unique index makes this the cluster's one decision: however many instances tick at
     * once, one insert wins and only its instance runs the routine.
     */
    boolean insert(UUID accountId, UUID id, NewRun run) {
        return jdbc.sql("""
                        INSERT INTO routine_runs (account_id, id, routine_id, run_date, window_from, trigger, status,
                                                  started_at)
                        VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)
                        ON CONFLICT (account_id, routine_id, run_date) WHERE trigger = 'SCHEDULE' DO NOTHING""")
                        .params(
                                accountId,
                                id,
                                run.routineId(),
                                run.date(),
                                run.windowFrom(),
                                run.trigger().name(),
                                utc(run.startedAt()))
                        .update()
                == 1;
    }

    void complete(UUID accountId, UUID id, RunCounts counts, Instant finishedAt) {
        jdbc.sql("""
                UPDATE routine_runs SET status = 'COMPLETED', evaluated = ?, queued = ?, skipped = CAST(? AS jsonb),
                                        finished_at = ?
                WHERE account_id = ? AND id = ? AND status = 'RUNNING'""")
                .params(
                        counts.evaluated(),
                        counts.queued(),
                        json.writeValueAsString(counts.skipped()),
                        utc(finishedAt),
                        accountId,
                        id)
                .update();
    }

    void fail(UUID accountId, UUID id, String error, Instant finishedAt) {
        jdbc.sql("""
                UPDATE routine_runs SET status = 'FAILED', error = ?, finished_at = ?
                WHERE account_id = ? AND id = ? AND status = 'RUNNING'""").params(error, utc(finishedAt), accountId, id).update();
    }

    Optional<RoutineRun> find(UUID accountId, UUID routineId, UUID id) {
        return jdbc.sql(SELECT + "WHERE account_id = ? AND routine_id = ? AND id = ?")
                .params(accountId, routineId, id)
                .query(this::map)
                .optional();
    }

    /** Newest first. */
    Page<RoutineRun> list(UUID accountId, UUID routineId, PageRequest page) {
        var rows = jdbc.sql(SELECT + """
                 WHERE account_id = :account AND routine_id = :routine
                   AND (CAST(:after AS uuid) IS NULL OR id < :after)
                 ORDER BY id DESC LIMIT :limit""")
                .param("account", accountId)
                .param("routine", routineId)
                .param("after", page.after())
                .param("limit", page.fetchSize())
                .query(this::map)
                .list();
        return Page.of(rows, page, RoutineRun::id);
    }

    /** The date of the routine's latest COMPLETED run strictly before {@code date}: where catch-up starts. */
    Optional<LocalDate> lastCompletedBefore(UUID accountId, UUID routineId, LocalDate date) {
        return jdbc.sql("""
                SELECT run_date FROM routine_runs
                WHERE account_id = ? AND routine_id = ? AND status = 'COMPLETED' AND run_date < ?
                ORDER BY run_date DESC LIMIT 1""")
                .params(accountId, routineId, date)
                .query(LocalDate.class)
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private RoutineRun map(ResultSet rs, int n) throws SQLException {
        Timestamp finishedAt = rs.getTimestamp("finished_at");
        return new RoutineRun(
                rs.getObject("id", UUID.class),
                rs.getObject("routine_id", UUID.class),
                RunStatus.valueOf(rs.getString("status")),
                rs.getObject("run_date", LocalDate.class),
                rs.getObject("window_from", LocalDate.class),
                RunTrigger.valueOf(rs.getString("trigger")),
                rs.getInt("evaluated"),
                rs.getInt("queued"),
                json.readValue(rs.getString("skipped"), SKIPPED),
                rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(),
                finishedAt == null ? null : finishedAt.toInstant());
    }
}
