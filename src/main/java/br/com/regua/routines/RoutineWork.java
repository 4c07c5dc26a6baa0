package br.com.regua.routines;

import br.com.regua.charges.Charges;
import br.com.regua.letters.Letters;
import br.com.regua.letters.PrintResult;
import br.com.regua.notifications.PlanRequest;
import br.com.regua.notifications.PlanResult;
import br.com.regua.notifications.Planner;
import br.com.regua.shared.Channel;
import br.com.regua.subscriptions.Generation;
import br.com.regua.subscriptions.Subscriptions;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What each task does for one run; the counts it answers are recorded on the run. */
@Component
class RoutineWork {

    /** Skip reason of GENERATE_SUBSCRIPTION_CHARGES: the charge of that due date existed already. */
    static final String ALREADY_GENERATED = "ALREADY_GENERATED";

    /**
     * A run blocked on a lock (a charge row held by a stuck transaction) or on a runaway statement
     * fails with the database's reason instead of staying RUNNING, heartbeat and all, forever.
     */
    static final String LOCK_TIMEOUT = "1min";

    static final String STATEMENT_TIMEOUT = "15min";

    private final Planner planner;
    private final Charges charges;
    private final Subscriptions subscriptions;
    private final Letters letters;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RoutineWork(
            Planner planner,
            Charges charges,
            Subscriptions subscriptions,
            Letters letters,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.planner = planner;
        this.charges = charges;
        this.subscriptions = subscriptions;
        this.letters = letters;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Each task is one statement, so one transaction costs nothing and lets SET LOCAL bound it. */
    RunCounts perform(RoutineTask task, UUID accountId, UUID runId, LocalDate windowFrom, LocalDate date) {
        return transactions.execute(status -> {
            jdbc.sql("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'").update();
            jdbc.sql("SET LOCAL statement_timeout = '" + STATEMENT_TIMEOUT + "'")
                    .update();
            return work(task, accountId, runId, windowFrom, date);
        });
    }

    private RunCounts work(RoutineTask task, UUID accountId, UUID runId, LocalDate windowFrom, LocalDate date) {
        return switch (task) {
            case SEND_EMAIL -> plan(accountId, Channel.EMAIL, windowFrom, date, runId);
            case SEND_SMS -> plan(accountId, Channel.SMS, windowFrom, date, runId);
            case SEND_WHATSAPP -> plan(accountId, Channel.WHATSAPP, windowFrom, date, runId);
            // Marking overdue catches up by itself (every charge due before the date), so the window
            // does not matter; "evaluated" counts the charges that became OVERDUE, and nothing is queued.
            case MARK_OVERDUE -> new RunCounts(charges.markOverdue(accountId, date), 0, Map.of());
            // Generation catches up by itself too (every charge whose generation day is on or before
            // the date); "evaluated" counts the charges owed, "queued" those this run created.
            case GENERATE_SUBSCRIPTION_CHARGES -> generate(accountId, date);
            // Printing catches up by itself too (every charge never printed); "evaluated" counts the
            // open boleto charges of customers with postal delivery, "queued" the letters printed.
            case PRINT_LETTERS -> print(accountId, date, runId);
        };
    }

    private RunCounts generate(UUID accountId, LocalDate date) {
        Generation generation = subscriptions.generate(accountId, date);
        Map<String, Integer> skipped = generation.alreadyGenerated() == 0
                ? Map.of()
                : Map.of(ALREADY_GENERATED, generation.alreadyGenerated());
        return new RunCounts(generation.due(), generation.created(), skipped);
    }

    private RunCounts print(UUID accountId, LocalDate date, UUID runId) {
        PrintResult result = letters.print(accountId, date, runId);
        return new RunCounts(result.evaluated(), result.printed(), result.skipped());
    }

    private RunCounts plan(UUID accountId, Channel channel, LocalDate from, LocalDate to, UUID runId) {
        PlanResult result = planner.plan(new PlanRequest(accountId, channel, from, to, runId));
        return new RunCounts(result.evaluated(), result.queued(), result.skipped());
    }
}
