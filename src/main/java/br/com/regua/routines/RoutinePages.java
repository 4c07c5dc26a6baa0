package br.com.regua.routines;

import br.com.regua.accounts.Accounts;
import br.com.regua.shared.ConflictException;
import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.InvalidFieldException;
import br.com.regua.shared.PageRequest;
import br.com.regua.web.PageController;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Configurações > Geral > Rotinas: the list, a new routine, a routine with its runs and "executar
 * agora", and a run's page, which refreshes itself with htmx while the run is RUNNING.
 */
@PageController
@RequestMapping("/configuracoes/rotinas")
class RoutinePages {

    record NewRoutine(
            @NotBlank @Size(max = 200) String name,
            @NotNull(message = "escolha a tarefa") RoutineTask task,

            @NotNull(message = "informe o horário") @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
            LocalTime time,

            @NotEmpty(message = "marque ao menos um dia") List<DayOfWeek> daysOfWeek,
            Boolean runOnHolidays) {}

    record RunNow(
            @NotNull(message = "informe a data") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate date) {}

    private final Routines routines;
    private final Accounts accounts;

    RoutinePages(Routines routines, Accounts accounts) {
        this.routines = routines;
        this.accounts = accounts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String cursor, Model model) {
        model.addAttribute("page", routines.list(CurrentAccount.id(), PageRequest.of(null, cursor)));
        model.addAttribute("days", DayOfWeek.values());
        return "routines/list";
    }

    @GetMapping("/nova")
    String form(Model model) {
        model.addAttribute(
                "routine",
                new NewRoutine("", RoutineTask.SEND_EMAIL, LocalTime.of(8, 0), List.of(DayOfWeek.values()), true));
        return formPage(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("routine") NewRoutine routine, BindingResult errors, Model model) {
        if (errors.hasErrors()) return formPage(model);
        Routine created = routines.create(
                CurrentAccount.id(),
                new RoutineData(
                        routine.name().trim(),
                        routine.task(),
                        routine.time(),
                        routine.daysOfWeek(),
                        Boolean.TRUE.equals(routine.runOnHolidays()),
                        true,
                        null));
        return "redirect:/configuracoes/rotinas/" + created.id();
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, @RequestParam(required = false) String cursor, Model model) {
        UUID accountId = CurrentAccount.id();
        Routine routine = routines.get(accountId, routineId(id));
        if (!model.containsAttribute("runNow")) model.addAttribute("runNow", new RunNow(today(accountId)));
        model.addAttribute("routine", routine);
        model.addAttribute("runs", routines.runs(accountId, routine.id(), PageRequest.of(null, cursor)));
        model.addAttribute("days", DayOfWeek.values());
        return "routines/detail";
    }

    /** "Executar agora": the run is started by the same use case as the schedule's and the API's. */
    @PostMapping("/{id}/execucoes")
    String run(
            @PathVariable String id,
            @Valid @ModelAttribute("runNow") RunNow runNow,
            BindingResult errors,
            Model model) {
        UUID accountId = CurrentAccount.id();
        UUID routineId = routines.get(accountId, routineId(id)).id();
        if (!errors.hasErrors()) {
            try {
                RoutineRun run = routines.run(RunRoutine.manual(accountId, routineId, runNow.date()));
                return "redirect:/configuracoes/rotinas/" + routineId + "/execucoes/" + run.id();
            } catch (InvalidFieldException e) {
                errors.rejectValue("date", "invalid", e.getMessage());
            } catch (ConflictException e) {
                errors.reject("conflict", e.getMessage());
            }
        }
        return detail(id, null, model);
    }

    /** The run's page; htmx asks for the run's panel alone while it is RUNNING. */
    @GetMapping("/{id}/execucoes/{runId}")
    String run(
            @PathVariable String id,
            @PathVariable String runId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        UUID accountId = CurrentAccount.id();
        Routine routine = routines.get(accountId, routineId(id));
        model.addAttribute("routine", routine);
        model.addAttribute("run", routines.run(accountId, routine.id(), Ids.parseOrNotFound(runId, "Execução")));
        return htmx == null ? "routines/run" : "routines/runs :: panel";
    }

    /** A row of the runs table, polled while its run is RUNNING. */
    @GetMapping("/{id}/execucoes/{runId}/linha")
    String runRow(@PathVariable String id, @PathVariable String runId, Model model) {
        UUID accountId = CurrentAccount.id();
        UUID routineId = routineId(id);
        model.addAttribute("routine", routines.get(accountId, routineId));
        model.addAttribute("run", routines.run(accountId, routineId, Ids.parseOrNotFound(runId, "Execução")));
        return "routines/runs :: row";
    }

    private static String formPage(Model model) {
        model.addAttribute("tasks", List.of(RoutineTask.values()));
        model.addAttribute("days", DayOfWeek.values());
        return "routines/form";
    }

    private LocalDate today(UUID accountId) {
        return accounts.today(accountId);
    }

    private static UUID routineId(String id) {
        return Ids.parseOrNotFound(id, "Rotina");
    }
}
