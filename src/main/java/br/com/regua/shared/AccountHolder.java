package br.com.regua.shared;

import java.util.UUID;

/** Whoever is authenticated on behalf of an account: an API key or a back-office user. */
public interface AccountHolder {
    UUID accountId();
}
