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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The routine_runs table. A run row is written before the work starts, so no run goes unrecorded. */
@Repository
class RunRows {

    record NewRun(
            UUID routineId,
            LocalDate date,
            LocalDate windowFrom,
            RunTrigger trigger,
            int attempt,
            String instanceId,
            Instant startedAt) {}

    /** A run failed because its instance stopped heartbeating. */
    record AbandonedRun(UUID accountId, UUID routineId, UUID id, RunTrigger trigger) {}

    private static final String SELECT = """
            SELECT id, routine_id, status, run_date, window_from, trigger, attempt, evaluated, queued, skipped, error,
                   started_at, finished_at, retry_at
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
     * Inserts a RUNNING run, its heartbeat as of its start; false when that attempt of the
     * routine's scheduled run for that day exists already. The partial unique index makes this the
     * cluster's one decision: however many instances tick at once, one insert wins and only its
     * instance runs the routine.
     */
    boolean insert(UUID accountId, UUID id, NewRun run) {
        return jdbc.sql("""
                        INSERT INTO routine_runs (account_id, id, routine_id, run_date, window_from, trigger, attempt,
                                                  status, instance_id, started_at, heartbeat_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?)
                        ON CONFLICT (account_id, routine_id, run_date, attempt) WHERE trigger = 'SCHEDULE'
                        DO NOTHING""")
                        .params(
                                accountId,
                                id,
                                run.routineId(),
                                run.date(),
                                run.windowFrom(),
                                run.trigger().name(),
                                run.attempt(),
                                run.instanceId(),
                                utc(run.startedAt()),
                                utc(run.startedAt()))
                        .update()
                == 1;
    }

    /** The instance's sign of life for the runs it still performs. */
    void heartbeat(String instanceId, List<UUID> runIds, Instant now) {
        jdbc.sql("""
                UPDATE routine_runs SET heartbeat_at = ?
                WHERE status = 'RUNNING' AND instance_id = ? AND id = ANY (CAST(? AS uuid[]))""").params(utc(now), instanceId, uuids(runIds)).update();
    }

    /**
     * Fails every RUNNING run, of any account, whose heartbeat is older than {@code staleBefore}
     * and that is not among {@code live} (this instance's own runs); a scheduled one may be retried
     * at once, since its work did not fail.
     */
    List<AbandonedRun> failAbandoned(Instant now, Instant staleBefore, List<UUID> live) {
        return jdbc.sql("""
                UPDATE routine_runs SET status = 'FAILED', error = ?, finished_at = ?,
                                        retry_at = CASE WHEN trigger = 'SCHEDULE' THEN CAST(? AS timestamptz) END
                WHERE status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < ?
                  AND NOT (id = ANY (CAST(? AS uuid[])))
                RETURNING account_id, routine_id, id, trigger""")
                .params(RunRetries.INSTANCE_STOPPED, utc(now), utc(now), utc(staleBefore), uuids(live))
                .query((rs, n) -> new AbandonedRun(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("routine_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        RunTrigger.valueOf(rs.getString("trigger"))))
                .list();
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

    /** {@code retryAt} null: the run is not retried by the schedule. */
    void fail(UUID accountId, UUID id, String error, Instant finishedAt, Instant retryAt) {
        jdbc.sql("""
                        UPDATE routine_runs SET status = 'FAILED', error = ?, finished_at = ?, retry_at = ?
                        WHERE account_id = ? AND id = ? AND status = 'RUNNING'""")
                .params(error, utc(finishedAt), retryAt == null ? null : utc(retryAt), accountId, id)
                .update();
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

    private static String uuids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private RoutineRun map(ResultSet rs, int n) throws SQLException {
        Timestamp finishedAt = rs.getTimestamp("finished_at");
        Timestamp retryAt = rs.getTimestamp("retry_at");
        return new RoutineRun(
                rs.getObject("id", UUID.class),
                rs.getObject("routine_id", UUID.class),
                RunStatus.valueOf(rs.getString("status")),
                rs.getObject("run_date", LocalDate.class),
                rs.getObject("window_from", LocalDate.class),
                RunTrigger.valueOf(rs.getString("trigger")),
                rs.getInt("attempt"),
                rs.getInt("evaluated"),
                rs.getInt("queued"),
                json.readValue(rs.getString("skipped"), SKIPPED),
                rs.getString("error"),
                rs.getTimestamp("started_at").toInstant(),
                finishedAt == null ? null : finishedAt.toInstant(),
                retryAt == null ? null : retryAt.toInstant());
    }
}
