package br.com.regua.calendar;

/** How an account's notices treat weekends and holidays (product.md §3.4). */
public enum CalendarPolicy {
    /**
     * Never send on a weekend or holiday: before-due and on-due notices go out on the previous
     * business day, after-due ones on the next (the default; Asaas's behaviour).
     */
    BUSINESS_DAYS,
    /** Send on the nominal date, whatever the day (IXC's behaviour). */
    EXACT
}
