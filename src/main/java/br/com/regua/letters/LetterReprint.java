package br.com.regua.letters;

import java.time.Instant;
import java.util.UUID;

/** A reprint waiting for the next batch ({@code POST /charges/{id}/letters}). */
public record LetterReprint(UUID id, UUID chargeId, Instant requestedAt) {}
