package br.com.regua.charges;

import java.util.EnumSet;
import java.util.Set;

/** PENDING → OVERDUE → PAID | CANCELLED; PENDING → PAID | CANCELLED. */
public enum ChargeStatus {
    PENDING,
    OVERDUE,
    PAID,
    CANCELLED;

    /** Payment ("marcar como pago") and cancellation are allowed only from these. */
    public static final Set<ChargeStatus> OPEN = EnumSet.of(PENDING, OVERDUE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
