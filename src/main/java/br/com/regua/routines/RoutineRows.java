package br.com.regua.routines;

import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routines table, and the one query the scheduler's tick asks of it. */
@Repository
class RoutineRows {

    /**
     * A routine whose time has come today ({@code today} in its account's time zone); {@code
     * attempt} is the number its scheduled run of today takes (above 1: a retry).
     */
    record DueRoutine(UUID accountId, UUID routineId, boolean runOnHolidays, LocalDate today, int attempt) {}

    private static final String SELECT = """
            SELECT id, name, task, time_of_day, days_of_week, run_on_holidays, active, catch_up_days, created_at
            FROM routines""";

    private final JdbcClient jdbc;

    RoutineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID accountId, UUID id, RoutineData data) {
        jdbc.sql("""
                INSERT INTO routines (account_id, id, name, task, time_of_day, days_of_week, run_on_holidays,
                                      active, catch_up_days)
                VALUES (?, ?, ?, ?, ?, CAST(? AS text[]), ?, ?, ?)""").params(accountId, id).params(values(data)).update();
    }

    boolean update(UUID accountId, UUID id, RoutineData data) {
        return jdbc.sql("""
                        UPDATE routines SET name = ?, task = ?, time_of_day = ?, days_of_week = CAST(? AS text[]),
                                            run_on_holidays = ?, active = ?, catch_up_days = ?
                        WHERE account_id = ? AND id = ?""").params(values(data)).params(accountId, id).update() == 1;
    }

    Optional<Routine> find(UUID accountId, UUID id) {
        return jdbc.sql(SELECT + " WHERE account_id = ? AND id = ?")
                .params(accountId, id)
                .query(RoutineRows::map)
                .optional();
    }

    Page<Routine> list(UUID accountId, PageRequest page) {
        return Page.of(jdbc, SELECT, accountId, page, RoutineRows::map, Routine::id);
    }

    /**
     * Across accounts, each read in its own time zone: the active routines whose time of day has
     * passed today, whose days of the week include today, and whose scheduled run of today has not
     * been tried yet or whose latest attempt FAILED and may be retried by {@code now}. Holidays are
     * left to the caller: the calendar is not SQL.
     */
    List<DueRoutine> due(OffsetDateTime now) {
        return jdbc.sql("""
                SELECT r.account_id, r.id, r.run_on_holidays, t.local_now::date AS today,
                       COALESCE(latest.attempt, 0) + 1 AS attempt
                FROM routines r
                JOIN accounts a ON a.id = r.account_id
                CROSS JOIN LATERAL (SELECT CAST(:now AS timestamptz) AT TIME ZONE a.time_zone AS local_now) t
                LEFT JOIN LATERAL (
                    SELECT rr.attempt, rr.status, rr.retry_at FROM routine_runs rr
                    WHERE rr.account_id = r.account_id AND rr.routine_id = r.id
                      AND rr.run_date = t.local_now::date AND rr.trigger = 'SCHEDULE'
                    ORDER BY rr.attempt DESC LIMIT 1) latest ON true
                WHERE r.active
                  AND r.time_of_day <= t.local_now::time
                  AND to_char(t.local_now, 'FMDAY') = ANY (r.days_of_week)
                  AND (latest.attempt IS NULL
                       OR (latest.status = 'FAILED' AND latest.retry_at <= CAST(:now AS timestamptz)))
                ORDER BY r.time_of_day""")
                .param("now", now)
                .query((rs, n) -> new DueRoutine(
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("id", UUID.class),
                        rs.getBoolean("run_on_holidays"),
                        rs.getObject("today", LocalDate.class),
                        rs.getInt("attempt")))
                .list();
    }

    private static List<Object> values(RoutineData data) {
        return Arrays.asList(
                data.name().trim(),
                data.task().name(),
                data.time().withNano(0),
                days(data.daysOfWeek()),
                !Boolean.FALSE.equals(data.runOnHolidays()),
                !Boolean.FALSE.equals(data.active()),
                data.catchUpDays() == null ? RoutineData.DEFAULT_CATCH_UP_DAYS : data.catchUpDays());
    }

    private static String days(Collection<DayOfWeek> days) {
        return EnumSet.copyOf(days).stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private static Routine map(ResultSet rs, int n) throws SQLException {
        Set<DayOfWeek> days = Arrays.stream(
                        (String[]) rs.getArray("days_of_week").getArray())
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new Routine(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                RoutineTask.valueOf(rs.getString("task")),
                rs.getObject("time_of_day", LocalTime.class),
                days,
                rs.getBoolean("run_on_holidays"),
                rs.getBoolean("active"),
                rs.getInt("catch_up_days"),
                rs.getTimestamp("created_at").toInstant());
    }
}
