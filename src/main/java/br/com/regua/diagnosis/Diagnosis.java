package br.com.regua.diagnosis;

import br.com.regua.notifications.Notification;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Por que meu cliente não recebeu?": every check of the eligibility chain for a charge on a
 * date, what its sending rules planned and when, the routines that ran, and what was sent.
 */
public record Diagnosis(
        UUID chargeId,
        LocalDate date,
        String summary,
        List<CheckResult> checks,
        List<PlannedNotice> schedule,
        List<RoutineActivity> routines,
        List<Notification> notifications) {

    /** One check: whether it passed, what that means here, how to fix it and where. */
    public record CheckResult(String name, boolean passed, String detail, String fix, String link) {}

    /** A notice the charge's rules and events plan: when, to whom, and what stops it, if anything. */
    public record PlannedNotice(
            String trigger,
            Integer days,
            String channel,
            String recipient,
            String address,
            LocalDate occurrenceDate,
            LocalDate sendDate,
            String blockedBy) {}

    /** A routine run whose window covered the date. */
    public record RoutineActivity(
            UUID routineId, String name, String task, UUID runId, LocalDate runDate, String status, int queued) {}
}
