package br.com.regua.notifications;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner's own statement for a request, exactly as {@link Planner#plan} binds it, for the
 * benchmark to look at: {@code EXPLAIN (ANALYZE, BUFFERS)} of it, run in a transaction that is
 * rolled back, so the outbox is left as it was.
 */
public final class PlannerStatement {

    private PlannerStatement() {}

    /** As {@link Planner#plan} would write it for the request's account now. */
    public static String sql(ApplicationContext context, PlanRequest request) {
        Candidates.Scope scope = new Candidates.Window(request.channel());
        return Outbox.statement(scope, context.getBean(Outbox.class).options(scope, request.accountId()));
    }

    public static List<String> explainAnalyze(ApplicationContext context, PlanRequest request) {
        Outbox outbox = context.getBean(Outbox.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        return transaction.execute(status -> {
            status.setRollbackOnly();
            return outbox.bind(
                            jdbc.sql("EXPLAIN (ANALYZE, BUFFERS, VERBOSE OFF) " + sql(context, request)),
                            request.accountId(),
                            request.from(),
                            request.to(),
                            Planner.params("channel", request.channel().name(), "run", request.routineRunId()),
                            outbox.options(new Candidates.Window(request.channel()), request.accountId()))
                    .query(String.class)
                    .list();
        });
    }
}
