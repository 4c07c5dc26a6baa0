package br.com.regua.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A print batch: the letters of one PRINT_LETTERS run (or of a run by hand) and their pages. */
public record LetterBatch(UUID id, LocalDate date, int letters, int pages, Instant createdAt, UUID routineRunId) {}
