package br.com.regua.routines;

import java.time.LocalDate;
import java.util.Optional;

/**
 * product.md §3.5: a run for date D covers every send date since the last successful run, so a
 * day the server was down or a holiday the routine skipped loses nothing; but at most {@code
 * catchUpDays} days (D included), so a routine left off for months does not flood customers with
 * stale notices. A routine's first run covers D alone.
 */
final class CatchUpWindow {

    private CatchUpWindow() {}

    /**
     * @param lastCompletedRun the date of the routine's latest COMPLETED run strictly before {@code
     *     date}, if any
     */
    static LocalDate from(LocalDate date, int catchUpDays, Optional<LocalDate> lastCompletedRun) {
        if (catchUpDays < 1) throw new IllegalArgumentException("catchUpDays must be at least 1");
        if (lastCompletedRun.isEmpty()) return date;
        LocalDate dayAfterLastRun = lastCompletedRun.get().plusDays(1);
        LocalDate earliest = date.minusDays(catchUpDays - 1L);
        LocalDate from = dayAfterLastRun.isAfter(earliest) ? dayAfterLastRun : earliest;
        return from.isAfter(date) ? date : from;
    }
}
