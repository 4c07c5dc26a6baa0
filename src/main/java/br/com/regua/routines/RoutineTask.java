package br.com.regua.routines;

/** What a routine does when it runs (IXC "Tarefa"). */
public enum RoutineTask {
    SEND_EMAIL,
    SEND_SMS,
    SEND_WHATSAPP,
    GENERATE_SUBSCRIPTION_CHARGES,
    MARK_OVERDUE;

    /** Subscriptions do not exist yet (product.md §5): a routine cannot be given a task it would only fake. */
    public boolean available() {
        return this != GENERATE_SUBSCRIPTION_CHARGES;
    }
}
