package br.com.regua.senders;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/senders/{id}/rate-limits")
@Tag(name = "Remetentes")
class SenderRateLimitsController {

    /** The limits as shown: null fields are "no limit". */
    record View(Integer perSecond, Integer perMinute, Integer perHour, Integer perDay, Map<String, Integer> perDomain) {

        static View of(RateLimits limits) {
            return new View(
                    limits.perSecond(), limits.perMinute(), limits.perHour(), limits.perDay(), limits.perDomain());
        }
    }

    private final SenderRateLimits limits;

    SenderRateLimitsController(SenderRateLimits limits) {
        this.limits = limits;
    }

    @GetMapping
    View get(@PathVariable String id) {
        return View.of(limits.get(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente")));
    }

    @PutMapping
    @Operation(
            summary = "Limites de envio do remetente",
            description = "perSecond/perMinute/perHour/perDay sobre todas as mensagens do remetente; perDomain: "
                    + "mensagens por minuto para cada domínio de destino (\"*\": qualquer outro). Um campo ausente "
                    + "ou null remove o limite. Mensagens acima do limite esperam na fila, sem gastar tentativas.")
    View put(@PathVariable String id, @Valid @RequestBody RateLimitsData body) {
        return View.of(limits.put(CurrentAccount.id(), Ids.parseOrNotFound(id, "Remetente"), body));
    }
}
