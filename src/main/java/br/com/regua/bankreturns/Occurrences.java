package br.com.regua.bankreturns;

import java.util.Map;
import java.util.Set;

/**
 * A bank's table of occurrence codes ("códigos de ocorrência" in CNAB 400, "códigos de movimento
 * retorno" in CNAB 240) and which of them settle a title. "Paid" is decided by this table, never by
 * an amount: an "entrada confirmada" can carry one. Sources in docs/BANK_RETURNS.md.
 */
record Occurrences(Map<String, String> labels, Set<String> settlements) {

    String label(String code) {
        String label = labels.get(code);
        return label != null ? label : "Ocorrência " + code + " (fora da tabela do banco)";
    }

    boolean settles(String code) {
        return settlements.contains(code);
    }
}
