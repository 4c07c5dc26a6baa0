package br.com.regua.diagnosis;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Diagnóstico")
class DiagnosisController {

    private final Diagnoses diagnoses;

    DiagnosisController(Diagnoses diagnoses) {
        this.diagnoses = diagnoses;
    }

    @GetMapping("/api/v1/charges/{id}/diagnosis")
    @Operation(summary = "Por que meu cliente não recebeu? Cada verificação, com detalhe e correção")
    Diagnosis diagnose(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return diagnoses.of(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança"), date);
    }
}
