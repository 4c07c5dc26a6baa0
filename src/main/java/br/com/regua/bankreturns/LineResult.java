package br.com.regua.bankreturns;

/**
 * What the import did with a title: PAID it, found it ALREADY_PAID (before, or by an earlier line
 * of the same file), found no charge (UNMATCHED), recorded a non-settlement occurrence in the
 * charge's history (IGNORED), or REJECTED a settlement of a cancelled charge.
 */
public enum LineResult {
    PAID,
    ALREADY_PAID,
    UNMATCHED,
    IGNORED,
    REJECTED
}
