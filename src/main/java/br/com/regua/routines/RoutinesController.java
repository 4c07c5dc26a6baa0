package br.com.regua.routines;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/routines")
@Tag(name = "Rotinas", description = "Tarefas agendadas (envio de e-mails, SMS, WhatsApp; vencidos) e suas execuções")
class RoutinesController {

    /** The date to run for; absent means today in the account's time zone. */
    record RunRequest(LocalDate date) {}

    private final Routines routines;

    RoutinesController(Routines routines) {
        this.routines = routines;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Routine create(@Valid @RequestBody RoutineData body) {
        return routines.create(CurrentAccount.id(), body);
    }

    @GetMapping
    Page<Routine> list(@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
        return routines.list(CurrentAccount.id(), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Routine get(@PathVariable String id) {
        return routines.get(CurrentAccount.id(), routineId(id));
    }

    @PutMapping("/{id}")
    Routine update(@PathVariable String id, @Valid @RequestBody RoutineData body) {
        return routines.update(CurrentAccount.id(), routineId(id), body);
    }

    @PostMapping("/{id}/runs")
    @Operation(
            summary = "Executa a rotina para uma data, como se fosse hoje",
            description = "Responde COMPLETED (ou FAILED) se a execução terminar em até 10 s; senão RUNNING,"
                    + " e a execução segue em segundo plano")
    ResponseEntity<RoutineRun> run(@PathVariable String id, @RequestBody(required = false) RunRequest body) {
        RoutineRun run =
                routines.run(RunRoutine.manual(CurrentAccount.id(), routineId(id), body == null ? null : body.date()));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/routines/" + run.routineId() + "/runs/" + run.id()))
                .body(run);
    }

    @GetMapping("/{id}/runs")
    @Operation(summary = "Histórico de execuções, da mais recente à mais antiga")
    Page<RoutineRun> runs(
            @PathVariable String id,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return routines.runs(CurrentAccount.id(), routineId(id), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}/runs/{runId}")
    RoutineRun run(@PathVariable String id, @PathVariable String runId) {
        return routines.run(CurrentAccount.id(), routineId(id), Ids.parseOrNotFound(runId, "Execução"));
    }

    private static UUID routineId(String id) {
        return Ids.parseOrNotFound(id, "Rotina");
    }
}
