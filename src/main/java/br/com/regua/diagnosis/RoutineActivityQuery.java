package br.com.regua.diagnosis;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The routine runs whose send-date window covered a date (a read model over routine_runs). */
@Repository
class RoutineActivityQuery {

    private final JdbcClient jdbc;

    RoutineActivityQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Diagnosis.RoutineActivity> covering(UUID accountId, LocalDate date) {
        return jdbc.sql("""
                SELECT r.id, r.name, r.task, rr.id AS run_id, rr.run_date, rr.status, rr.queued
                FROM routine_runs rr JOIN routines r ON r.account_id = rr.account_id AND r.id = rr.routine_id
                WHERE rr.account_id = ? AND rr.window_from <= ? AND rr.run_date >= ?
                ORDER BY rr.started_at""")
                .params(accountId, date, date)
                .query((rs, n) -> new Diagnosis.RoutineActivity(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("task"),
                        rs.getObject("run_id", UUID.class),
                        rs.getObject("run_date", LocalDate.class),
                        rs.getString("status"),
                        rs.getInt("queued")))
                .list();
    }

    boolean hasActiveRoutine(UUID accountId, String task) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM routines WHERE account_id = ? AND task = ? AND active)")
                .params(accountId, task)
                .query(Boolean.class)
                .single();
    }
}
