package br.com.regua.shared;

import java.math.BigDecimal;

/** An amount as a person types it in a back-office form: "159,90", "1.234,56", "R$ 159,90" or "159.90". */
public final class Reais {

    /** Why what was typed is not an amount, in pt-BR (to be shown beside the field). */
    public static final class NotAnAmount extends IllegalArgumentException {
        NotAnAmount(String message) {
            super(message);
        }
    }

    private Reais() {}

    /** Centavos; null when nothing was typed. At most two decimals, more than zero, at most a boleto's value. */
    public static Long centavos(String typed) {
        if (typed == null || typed.isBlank()) return null;
        String s =
                typed.replace("R$", "").replace("\u00a0", "").replace(" ", "").trim();
        if (s.contains(",")) s = s.replace(".", "").replace(',', '.');
        try {
            BigDecimal reais = new BigDecimal(s);
            if (reais.scale() > 2) throw new NotAnAmount("tem no máximo dois decimais (centavos)");
            long centavos = reais.movePointRight(2).longValueExact();
            if (centavos <= 0) throw new NotAnAmount("deve ser maior que zero");
            if (centavos > MAX) throw new NotAnAmount("é maior que o de um boleto (R$ 999.999.999,99)");
            return centavos;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NotAnAmount("informe o valor em reais, por exemplo 159,90");
        }
    }

    /** {@code 15990} → {@code 159,90}: what an amount field shows before the person edits it. */
    public static String typed(long centavos) {
        return BigDecimal.valueOf(centavos, 2).toPlainString().replace('.', ',');
    }

    /** R$ 999.999.999,99: the largest amount a boleto's value field holds. */
    private static final long MAX = 99_999_999_999L;
}
