package br.com.regua.bankreturns;

/**
 * Whose titles a file carries, as its header (or, for Bradesco's CNAB 400, its first detail) gives
 * it: agency and account without their check digits, and the agreement ("convênio", "código do
 * beneficiário", "código da empresa"); each without leading zeros, null when absent.
 */
record Identity(String agency, String account, String agreement) {

    static Identity of(String agency, String account, String agreement) {
        return new Identity(significant(agency), significant(account), significant(agreement));
    }

    /** Digits without leading zeros; null for blanks and zeros. */
    static String significant(String digits) {
        if (digits == null) return null;
        String stripped = digits.trim().replaceFirst("^0+", "");
        return stripped.isEmpty() ? null : stripped;
    }
}
