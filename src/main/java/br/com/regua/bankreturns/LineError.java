package br.com.regua.bankreturns;

/** What made a return file unreadable: the line (1-based), the field and why, in pt-BR. */
public record LineError(int line, String field, String message) {}
