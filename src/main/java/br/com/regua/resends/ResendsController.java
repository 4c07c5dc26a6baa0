package br.com.regua.resends;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charges/{id}/resends")
@Tag(name = "Reenvios")
class ResendsController {

    private final Resends resends;

    ResendsController(Resends resends) {
        this.resends = resends;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Reenvia agora as notificações da cobrança (do grupo antes do vencimento se PENDING, do grupo"
                    + " vencida se OVERDUE), antes de qualquer outra; até 100 reenvios por e-mail e 1 por SMS e por"
                    + " WhatsApp por cobrança; 409 com \"rule\" quando uma regra recusa")
    ChargeResend resend(@PathVariable String id, @RequestBody(required = false) ResendRequest body) {
        return resends.resend(CurrentAccount.id(), chargeId(id), body == null ? ResendRequest.ALL : body);
    }

    @GetMapping
    @Operation(summary = "Os reenvios da cobrança (PENDING → PROCESSING → DONE), com as notificações de cada um")
    Page<ChargeResend> list(@PathVariable String id) {
        return new Page<>(resends.ofCharge(CurrentAccount.id(), chargeId(id)), null);
    }

    /** RFC 9457 with the rule that refused as a property. */
    @ExceptionHandler(ResendRefusedException.class)
    ProblemDetail refused(ResendRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("rule", e.rule());
        return problem;
    }

    private static UUID chargeId(String id) {
        return Ids.parseOrNotFound(id, "Cobrança");
    }
}
