package br.com.regua.routines;

import java.time.LocalDate;
import java.util.UUID;

/** Run a routine for a date, as if that date were today; a null date means today in the account's zone. */
public record RunRoutine(UUID accountId, UUID routineId, LocalDate date, RunTrigger trigger) {

    /** A run started by someone: the API, or the back-office's "executar agora". */
    public static RunRoutine manual(UUID accountId, UUID routineId, LocalDate date) {
        return new RunRoutine(accountId, routineId, date, RunTrigger.MANUAL);
    }
}
