package br.com.regua.fees;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/fees")
@Tag(name = "Tarifas")
class FeesController {

    private final Fees fees;

    FeesController(Fees fees) {
        this.fees = fees;
    }

    @GetMapping("/prices")
    @Operation(
            summary =
                    "A tabela de preços da conta, em centavos (WhatsApp por mensagem, SMS por segmento, carta por página)")
    FeePrices prices() {
        return fees.prices(CurrentAccount.id());
    }

    @PutMapping("/prices")
    @Operation(summary = "Altera a tabela de preços; vale para as mensagens enviadas daqui em diante")
    FeePrices setPrices(@Valid @RequestBody FeePrices body) {
        return fees.setPrices(CurrentAccount.id(), body);
    }

    @GetMapping(value = "/statement", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "O extrato do mês (month=AAAA-MM): totais por canal, o total e as linhas, paginadas")
    Fees.Statement statement(
            @RequestParam(required = false) String month,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID accountId = CurrentAccount.id();
        return fees.statement(accountId, fees.month(accountId, month), PageRequest.of(limit, cursor));
    }

    @GetMapping(value = "/statement", produces = "text/csv")
    @Operation(summary = "O extrato do mês em CSV (Accept: text/csv)")
    ResponseEntity<String> statementCsv(@RequestParam(required = false) String month) {
        UUID accountId = CurrentAccount.id();
        var m = fees.month(accountId, month);
        return csv(m, fees.csv(accountId, m));
    }

    /** The month's statement as a CSV download (API and page). */
    static ResponseEntity<String> csv(java.time.YearMonth month, String csv) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"extrato-" + month + ".csv\"")
                .body(csv);
    }
}
