package br.com.regua.shared;

/** Brazilian reais written as people read them, from centavos: {@code 15990} → {@code R$ 159,90}. */
public final class Brl {

    private Brl() {}

    /** With a plain space after "R$" (not a no-break space), thousands with dots. */
    public static String format(long centavos) {
        long abs = Math.abs(centavos);
        StringBuilder reais = new StringBuilder(Long.toString(abs / 100));
        for (int i = reais.length() - 3; i > 0; i -= 3) reais.insert(i, '.');
        return (centavos < 0 ? "-R$ " : "R$ ") + reais + "," + String.format("%02d", abs % 100);
    }
}
