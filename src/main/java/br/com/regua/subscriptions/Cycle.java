package br.com.regua.subscriptions;

import java.time.LocalDate;

/** How often a subscription falls due (Efí: mensal, a cada 2, 3 ou 6 meses, anual, a cada 2 anos). */
public enum Cycle {
    MONTHLY(1),
    BIMONTHLY(2),
    QUARTERLY(3),
    SEMIANNUAL(6),
    YEARLY(12),
    BIENNIAL(24);

    private final int months;

    Cycle(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /**
     * The due date of occurrence {@code k} (0 = the first): the anchor plus k cycles, clamped to the
     * length of the month. Always from the anchor, never chained from a clamped date, so 31 Jan →
     * 28 Feb → 31 Mar and a yearly 29 Feb → 28 Feb → 29 Feb of the next leap year. PostgreSQL's
     * {@code date + interval 'n months'} clamps the same way, which is what generation uses.
     */
    public LocalDate dueDate(LocalDate anchor, int k) {
        return anchor.plusMonths((long) k * months);
    }
}
