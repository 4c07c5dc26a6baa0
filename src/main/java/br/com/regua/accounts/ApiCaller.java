package br.com.regua.accounts;

import br.com.regua.shared.AccountHolder;
import java.util.UUID;

/** A request authenticated by one of the account's API keys. */
record ApiCaller(UUID accountId, UUID keyId) implements AccountHolder {}
