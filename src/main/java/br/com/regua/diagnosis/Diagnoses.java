package br.com.regua.diagnosis;

import br.com.regua.accounts.Accounts;
import br.com.regua.charges.Charge;
import br.com.regua.charges.Charges;
import br.com.regua.customers.Recipient;
import br.com.regua.notifications.CandidateEvaluation;
import br.com.regua.notifications.Check;
import br.com.regua.notifications.Eligibility;
import br.com.regua.notifications.Notifications;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Explains a charge's notices on a date with the planner's own checks ({@link Eligibility}), plus
 * whether a routine covered that date and what the outbox holds for the charge.
 */
@Service
public class Diagnoses {

    static final String ROUTINE_RAN = "ROUTINE_RAN";
    static final String SENDER_WAITED_FOR = "SENDER_WAITED_FOR";
    static final String CLEARING_GRACE = "CLEARING_GRACE";
    private static final DateTimeFormatter BR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Charges charges;
    private final Eligibility eligibility;
    private final Notifications notifications;
    private final RoutineActivityQuery routines;
    private final Accounts accounts;

    Diagnoses(
            Charges charges,
            Eligibility eligibility,
            Notifications notifications,
            RoutineActivityQuery routines,
            Accounts accounts) {
        this.charges = charges;
        this.eligibility = eligibility;
        this.notifications = notifications;
        this.routines = routines;
        this.accounts = accounts;
    }

    /** The diagnosis on {@code date}, or today in the account's time zone when it is null. */
    public Diagnosis of(UUID accountId, UUID chargeId, LocalDate date) {
        Charge charge = charges.get(accountId, chargeId);
        LocalDate day = date != null ? date : accounts.today(accountId);
        List<CandidateEvaluation> all = eligibility.of(accountId, chargeId, charge.dueDate());
        List<CandidateEvaluation> onDay =
                all.stream().filter(c -> c.sendDate().equals(day)).toList();
        Links links = new Links(charge);

        List<Diagnosis.CheckResult> checks = new ArrayList<>();
        for (Check check : Check.values()) {
            checks.add(
                    check == Check.SENDING_RULE_ACTIVE
                            ? ruleCheck(all, onDay, day, links)
                            : check(check, onDay.isEmpty() ? all : onDay, links));
        }
        graceCheck(all, day, links).ifPresent(checks::add);
        checks.add(routineCheck(accountId, onDay, day));
        var outbox = notifications.forCharge(accountId, chargeId);
        waitingCheck(outbox).ifPresent(checks::add);

        List<Diagnosis.PlannedNotice> schedule = all.stream()
                .map(c -> new Diagnosis.PlannedNotice(
                        c.trigger(),
                        c.days(),
                        c.channel().name(),
                        c.recipient().name(),
                        c.address(),
                        c.occurrenceDate(),
                        c.sendDate(),
                        c.skipReason()))
                .toList();
        String summary = checks.stream()
                .filter(c -> !c.passed())
                .findFirst()
                .map(c -> "Em " + day.format(BR) + ", " + c.name() + ": " + c.detail())
                .orElse("Todas as verificações passaram em " + day.format(BR) + ".");
        return new Diagnosis(chargeId, day, summary, checks, schedule, routines.covering(accountId, day), outbox);
    }

    /**
     * After-due notices the payment method's clearing grace holds back on {@code day}: they would
     * have gone by then, and wait for the bank's confirmation of a payment (a return file, a Pix).
     */
    private static java.util.Optional<Diagnosis.CheckResult> graceCheck(
            List<CandidateEvaluation> all, LocalDate day, Links links) {
        List<CandidateEvaluation> held = all.stream()
                .filter(c -> c.heldFrom() != null
                        && !c.heldFrom().isAfter(day)
                        && c.sendDate().isAfter(day))
                .toList();
        if (held.isEmpty()) return java.util.Optional.empty();
        CandidateEvaluation first = held.get(0);
        return java.util.Optional.of(new Diagnosis.CheckResult(
                CLEARING_GRACE,
                false,
                "Aguardando a carência de compensação da forma de cobrança (" + first.clearingGraceDays()
                        + " dia(s) útil(eis)): o banco pode ainda confirmar um pagamento feito no vencimento. "
                        + held.stream()
                                .map(c -> label(c) + " sai em " + c.sendDate().format(BR)
                                        + " se a cobrança seguir em aberto")
                                .distinct()
                                .limit(5)
                                .collect(Collectors.joining("; ")),
                "Diminua a carência de compensação na forma de cobrança, se o seu banco confirma os pagamentos mais cedo",
                links.paymentMethod()));
    }

    /** Notices queued and waiting because their channel has no active sender (switched off, paused). */
    private static java.util.Optional<Diagnosis.CheckResult> waitingCheck(
            List<br.com.regua.notifications.Notification> outbox) {
        List<String> waiting = outbox.stream()
                .filter(n -> n.status() == br.com.regua.notifications.NotificationStatus.QUEUED
                        && "WAITING_FOR_SENDER".equals(n.statusReason()))
                .map(n -> (n.days() == null ? n.trigger() : n.trigger() + " " + n.days() + " dias") + " por "
                        + n.channel() + (n.lastResponse() == null ? "" : " (" + n.lastResponse() + ")"))
                .distinct()
                .toList();
        if (waiting.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Diagnosis.CheckResult(
                SENDER_WAITED_FOR,
                false,
                "Avisos na fila aguardando um remetente ativo, sem gastar tentativas: " + String.join("; ", waiting),
                "Ative ou corrija o remetente em Configurações > Remetentes; os avisos saem em até 2 minutos",
                "/configuracoes/remetentes"));
    }

    private static Diagnosis.CheckResult check(Check check, List<CandidateEvaluation> relevant, Links links) {
        List<CandidateEvaluation> failing =
                relevant.stream().filter(c -> !c.passes(check)).toList();
        if (failing.isEmpty()) {
            return new Diagnosis.CheckResult(check.name(), true, "OK", null, null);
        }
        return new Diagnosis.CheckResult(
                check.name(), false, check.failure() + " (" + describe(failing) + ")", check.fix(), links.of(check));
    }

    private static Diagnosis.CheckResult ruleCheck(
            List<CandidateEvaluation> all, List<CandidateEvaluation> onDay, LocalDate day, Links links) {
        String name = Check.SENDING_RULE_ACTIVE.name();
        if (all.isEmpty()) {
            return new Diagnosis.CheckResult(
                    name,
                    false,
                    "A forma de cobrança desta cobrança não tem regras de envio",
                    "Adicione regras em Configurações > Financeiro > Formas de cobrança > aba E-mail",
                    links.paymentMethod());
        }
        if (onDay.isEmpty()) {
            String planned = all.stream()
                    .map(c -> label(c) + " em " + c.sendDate().format(BR))
                    .collect(Collectors.toCollection(LinkedHashSet::new))
                    .stream()
                    .collect(Collectors.joining("; "));
            return new Diagnosis.CheckResult(
                    name,
                    false,
                    "Nenhuma regra de envio ou aviso desta cobrança cai em " + day.format(BR) + ". Programados: "
                            + planned,
                    "Se deveria cair nesta data, confira os dias da regra na forma de cobrança",
                    links.paymentMethod());
        }
        return check(Check.SENDING_RULE_ACTIVE, onDay, links);
    }

    private Diagnosis.CheckResult routineCheck(UUID accountId, List<CandidateEvaluation> onDay, LocalDate day) {
        var channels = onDay.isEmpty()
                ? List.of("EMAIL")
                : onDay.stream().map(c -> c.channel().name()).distinct().toList();
        var runs = routines.covering(accountId, day);
        List<String> missing = new ArrayList<>();
        for (String channel : channels) {
            String task = "SEND_" + channel;
            boolean covered = runs.stream()
                    .anyMatch(r -> r.task().equals(task) && r.status().equals("COMPLETED"));
            if (!covered) {
                missing.add(
                        routines.hasActiveRoutine(accountId, task)
                                ? "nenhuma execução concluída da rotina " + task + " cobriu " + day.format(BR)
                                : "não há rotina ativa " + task);
            }
        }
        return missing.isEmpty()
                ? new Diagnosis.CheckResult(ROUTINE_RAN, true, "OK", null, null)
                : new Diagnosis.CheckResult(
                        ROUTINE_RAN,
                        false,
                        String.join("; ", missing),
                        "Cadastre a rotina de envio em Configurações > Geral > Rotinas, ou execute-a para esta data",
                        "/configuracoes/rotinas");
    }

    private static String describe(List<CandidateEvaluation> failing) {
        return failing.stream()
                .map(c -> label(c) + (c.address() == null ? "" : " para " + c.address()))
                .distinct()
                .limit(5)
                .collect(Collectors.joining("; "));
    }

    private static String label(CandidateEvaluation c) {
        String what = c.days() == null ? c.trigger() : c.trigger() + " " + c.days() + " dias";
        return what + " por " + c.channel() + (c.recipient() == Recipient.MERCHANT ? " (cópia para o lojista)" : "");
    }

    /** Where, in the back-office, each failing check is fixed. */
    private record Links(Charge charge) {
        String paymentMethod() {
            return "/configuracoes/formas-de-cobranca/" + charge.paymentMethodId();
        }

        String of(Check check) {
            return switch (check) {
                case CHARGE_OPEN -> "/cobrancas/" + charge.id();
                case SENDING_RULE_ACTIVE -> paymentMethod();
                case SENDER_ACTIVE -> "/configuracoes/remetentes";
                default -> "/clientes/" + charge.customerId();
            };
        }
    }
}
