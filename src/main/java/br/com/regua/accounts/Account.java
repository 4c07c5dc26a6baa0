package br.com.regua.accounts;

import java.time.ZoneId;
import java.util.UUID;

/** A tenant: a merchant or provider; everything else belongs to exactly one. */
public record Account(UUID id, String name, String email, ZoneId timeZone) {}
