package br.com.regua.routines;

/** Where a routine run stands. A run that throws ends FAILED with its error; none is left behind silently. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
