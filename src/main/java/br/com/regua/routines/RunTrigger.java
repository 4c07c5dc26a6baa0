package br.com.regua.routines;

/** Who started a run: the routine's own schedule, or someone by hand (API or back-office). */
public enum RunTrigger {
    SCHEDULE,
    MANUAL
}
