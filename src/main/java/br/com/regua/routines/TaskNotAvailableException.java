package br.com.regua.routines;

/** A routine asks for a task Régua cannot perform yet: refused (HTTP 422 naming {@code task}) rather than faked. */
class TaskNotAvailableException extends RuntimeException {

    TaskNotAvailableException(RoutineTask task) {
        super(message(task));
    }

    private static String message(RoutineTask task) {
        return switch (task) {
            case GENERATE_SUBSCRIPTION_CHARGES -> "a geração de cobranças de assinaturas ainda não está disponível";
            default -> "a tarefa " + task + " ainda não está disponível";
        };
    }
}
