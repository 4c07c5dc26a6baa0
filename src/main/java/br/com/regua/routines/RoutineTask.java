package br.com.regua.routines;

/** What a routine does when it runs (IXC "Tarefa"). */
public enum RoutineTask {
    SEND_EMAIL,
    SEND_SMS,
    SEND_WHATSAPP,
    GENERATE_SUBSCRIPTION_CHARGES,
    MARK_OVERDUE,
    PRINT_LETTERS
}
