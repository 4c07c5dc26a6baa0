package br.com.regua.notifications;

import java.util.Map;

/**
 * What one planning pass did: candidates evaluated, notifications newly queued, and candidates
 * skipped, by reason (the name of the first eligibility check that failed, or ALREADY_QUEUED).
 */
public record PlanResult(int evaluated, int queued, Map<String, Integer> skipped) {}
