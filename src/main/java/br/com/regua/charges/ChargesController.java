package br.com.regua.charges;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/charges")
@Tag(name = "Cobranças")
class ChargesController {

    private final Charges charges;

    ChargesController(Charges charges) {
        this.charges = charges;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cria uma cobrança avulsa; vencimentos passados são aceitos (importação)")
    Charge create(@Valid @RequestBody ChargeData body) {
        return charges.create(CurrentAccount.id(), body);
    }

    @GetMapping
    Page<Charge> list(
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) ChargeStatus status,
            @RequestParam(required = false) String subscriptionId,
            @RequestParam(required = false) String carneId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID customer = customerId == null ? null : Ids.parse(customerId).orElse(NO_SUCH_ID);
        UUID subscription =
                subscriptionId == null ? null : Ids.parse(subscriptionId).orElse(NO_SUCH_ID);
        UUID carne = carneId == null ? null : Ids.parse(carneId).orElse(NO_SUCH_ID);
        return charges.list(
                CurrentAccount.id(),
                new ChargeFilter(customer, status, subscription, carne),
                PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Charge get(@PathVariable String id) {
        return charges.get(CurrentAccount.id(), chargeId(id));
    }

    @PostMapping("/{id}/payments")
    @Operation(summary = "Confirma o pagamento manualmente (só de PENDING ou OVERDUE)")
    Charge pay(@PathVariable String id, @Valid @RequestBody(required = false) PaymentData body) {
        return charges.pay(CurrentAccount.id(), chargeId(id), body == null ? PaymentData.NONE : body);
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancela a cobrança (só de PENDING ou OVERDUE)")
    Charge cancel(@PathVariable String id, @RequestBody(required = false) CancellationData body) {
        return charges.cancel(CurrentAccount.id(), chargeId(id), body == null ? CancellationData.NONE : body);
    }

    record NoticePause(java.time.LocalDate until) {}

    @org.springframework.web.bind.annotation.PutMapping("/{id}/notice-pause")
    @Operation(summary = "\"Não avisar até\": pausa os avisos desta cobrança até a data (inclusive); null retoma")
    Charge pauseNotices(@PathVariable String id, @RequestBody NoticePause body) {
        return charges.pauseNotices(CurrentAccount.id(), chargeId(id), body.until());
    }

    /** An id that is not ours matches nothing, like any other unknown id. */
    private static final UUID NO_SUCH_ID = new UUID(0, 0);

    private static UUID chargeId(String id) {
        return Ids.parseOrNotFound(id, "Cobrança");
    }
}
