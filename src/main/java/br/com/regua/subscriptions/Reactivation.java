package br.com.regua.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;

/** The reactivated subscription, and the due dates that fell while it was deactivated and were not generated. */
public record Reactivation(@JsonUnwrapped Subscription subscription, List<LocalDate> skippedDueDates) {}
