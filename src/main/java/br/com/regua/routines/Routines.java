package br.com.regua.routines;

import br.com.regua.shared.ConflictException;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.NotFoundException;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Service;

/** Routines ("rotinas") of an account, and their runs (product.md §3.5). */
@Service
public class Routines {

    /** How long a run by hand is waited for before answering that it is still RUNNING. */
    static final Duration WAIT_FOR_RUN = Duration.ofSeconds(10);

    private final RoutineRows rows;
    private final RunRows runs;
    private final RoutineRunner runner;

    Routines(RoutineRows rows, RunRows runs, RoutineRunner runner) {
        this.rows = rows;
        this.runs = runs;
        this.runner = runner;
    }

    public Routine create(UUID accountId, RoutineData data) {
        UUID id = Ids.next();
        rows.insert(accountId, id, data);
        return get(accountId, id);
    }

    public Routine update(UUID accountId, UUID id, RoutineData data) {
        if (!rows.update(accountId, id, data)) throw notFound();
        return get(accountId, id);
    }

    public Routine get(UUID accountId, UUID id) {
        return rows.find(accountId, id).orElseThrow(Routines::notFound);
    }

    public Page<Routine> list(UUID accountId, PageRequest page) {
        return rows.list(accountId, page);
    }

    /**
     * Runs a routine for a date in the background and waits a little for it: a small run answers
     * COMPLETED (or FAILED, with its error), a big one RUNNING, to be followed by {@link #run(UUID,
     * UUID, UUID)}.
     */
    public RoutineRun run(RunRoutine command) {
        return run(command, WAIT_FOR_RUN);
    }

    RoutineRun run(RunRoutine command, Duration wait) {
        if (command.date() != null
                && (command.date().getYear() < 2000 || command.date().getYear() > 2099)) {
            throw new InvalidFieldException("date", "deve estar entre 2000 e 2099");
        }
        StartedRun started = runner.start(command)
                .orElseThrow(() -> new ConflictException("A execução agendada desta rotina neste dia já existe"));
        try {
            return started.finished().get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still running, or finished but not recorded (logged by the runner): answer what the table says.
            return run(started.accountId(), started.routineId(), started.runId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return run(started.accountId(), started.routineId(), started.runId());
        }
    }

    public RoutineRun run(UUID accountId, UUID routineId, UUID runId) {
        return runs.find(accountId, routineId, runId).orElseThrow(() -> new NotFoundException("Execução"));
    }

    /** The runs of a routine, newest first. */
    public Page<RoutineRun> runs(UUID accountId, UUID routineId, PageRequest page) {
        get(accountId, routineId);
        return runs.list(accountId, routineId, page);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Rotina");
    }
}
