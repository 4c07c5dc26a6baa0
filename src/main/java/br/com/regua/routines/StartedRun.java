package br.com.regua.routines;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** A run that has been recorded and handed to the background; {@code finished} ends with its final record. */
record StartedRun(UUID accountId, UUID routineId, UUID runId, CompletableFuture<RoutineRun> finished) {}
