package br.com.regua.boletos;

import br.com.regua.shared.InvalidFieldException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The boleto's due-date factor ("fator de vencimento"): days since 7 Oct 1997, four digits. It
 * reached 9999 on 21 Feb 2025 and, by Febraban's rule, restarted at 1000 on 22 Feb 2025; it keeps
 * cycling through 1000–9999 every 9,000 days (next restart on 14 Oct 2049).
 */
public final class DueDateFactor {

    static final LocalDate BASE = LocalDate.of(1997, 10, 7);
    /** Factor 1000, the first due date a boleto could carry. */
    public static final LocalDate FIRST = LocalDate.of(2000, 7, 3);

    private static final int CYCLE = 9000;

    private DueDateFactor() {}

    public static int of(LocalDate dueDate) {
        if (dueDate.isBefore(FIRST)) {
            throw new InvalidFieldException("dueDate", "boletos só têm vencimento a partir de 03/07/2000");
        }
        long days = ChronoUnit.DAYS.between(BASE, dueDate);
        return (int) (1000 + (days - 1000) % CYCLE);
    }

    /**
     * The due date a factor stands for: of the dates carrying it, the one nearest {@code around}
     * (a bank reads a factor against today's date the same way).
     */
    public static LocalDate toDate(int factor, LocalDate around) {
        if (factor < 1000 || factor > 9999) throw new IllegalArgumentException("factor out of 1000–9999: " + factor);
        LocalDate first = BASE.plusDays(factor);
        long cycles = Math.max(0, Math.round(ChronoUnit.DAYS.between(first, around) / (double) CYCLE));
        return first.plusDays(cycles * CYCLE);
    }
}
