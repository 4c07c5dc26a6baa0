package br.com.regua.accounts;

/** The operator who runs Régua, authenticated by {@code REGUA_OPERATOR_TOKEN}; owns no account. */
record Operator() {}
