package br.com.regua.accounts;

import java.util.UUID;

/** A new account with the secrets that are shown this once and never again. */
public record CreatedAccount(UUID id, String name, String apiKey, String adminUsername, String adminPassword) {}
