package br.com.regua.diagnosis;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.web.PageController;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** "Por que meu cliente não recebeu?", from the charge page. */
@PageController
class DiagnosisPages {

    private final Diagnoses diagnoses;

    DiagnosisPages(Diagnoses diagnoses) {
        this.diagnoses = diagnoses;
    }

    @GetMapping("/cobrancas/{id}/diagnostico")
    String diagnose(
            @PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate data,
            Model model) {
        model.addAttribute("diagnosis", diagnoses.of(CurrentAccount.id(), Ids.parseOrNotFound(id, "Cobrança"), data));
        return "diagnosis/page";
    }
}
