package br.com.regua.subscriptions;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import br.com.regua.shared.Page;
import br.com.regua.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "Agendamentos (assinaturas)")
class SubscriptionsController {

    /** An id that is not ours matches nothing, like any other unknown id. */
    private static final UUID NO_SUCH_ID = new UUID(0, 0);

    private final Subscriptions subscriptions;

    SubscriptionsController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Cria um agendamento de cobranças recorrentes; a rotina GENERATE_SUBSCRIPTION_CHARGES gera"
                    + " cada cobrança generateDaysBefore dias antes do vencimento")
    Subscription create(@Valid @RequestBody SubscriptionData body) {
        return subscriptions.create(CurrentAccount.id(), body);
    }

    @GetMapping
    @Operation(summary = "Lista os agendamentos; status=DEACTIVATED&number= acha o do e-mail de desativação")
    Page<Subscription> list(
            @RequestParam(required = false) SubscriptionStatus status,
            @RequestParam(required = false) Long number,
            @RequestParam(required = false) String customerId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        UUID customer = customerId == null ? null : Ids.parse(customerId).orElse(NO_SUCH_ID);
        return subscriptions.list(
                CurrentAccount.id(), new SubscriptionFilter(status, number, customer), PageRequest.of(limit, cursor));
    }

    @GetMapping("/{id}")
    Subscription get(@PathVariable String id) {
        return subscriptions.get(CurrentAccount.id(), subscriptionId(id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Altera o agendamento; vale para as cobranças ainda não geradas",
            description = "Só muda o que vier no corpo: um campo ausente (ou null) fica como está. A exceção é o"
                    + " fim do agendamento: `\"endDate\": null` remove a data final e `\"maxCharges\": null` remove"
                    + " o número de cobranças, enquanto omitir o campo mantém o valor atual. Sem os dois, o"
                    + " agendamento vale por tempo indeterminado. Para trocar um pelo outro, envie o novo e o"
                    + " antigo como null, por exemplo `{\"endDate\": null, \"maxCharges\": 12}`: os dois juntos são"
                    + " recusados (400).")
    Subscription update(@PathVariable String id, @Valid @RequestBody SubscriptionChanges body) {
        return subscriptions.update(CurrentAccount.id(), subscriptionId(id), body);
    }

    @PostMapping("/{id}/reactivation")
    @Operation(
            summary = "Reativa um agendamento desativado (409 enquanto o e-mail do cliente estiver suprimido);"
                    + " lista os vencimentos pulados")
    Reactivation reactivate(
            @PathVariable String id, @RequestBody(required = false) java.util.Map<String, Object> ignored) {
        return subscriptions.reactivate(CurrentAccount.id(), subscriptionId(id));
    }

    @PostMapping("/{id}/cancellation")
    @Operation(
            summary = "Cancela o agendamento (notifyCustomer sobrepõe o padrão da conta; cancelOpenCharges cancela"
                    + " as cobranças em aberto)")
    Subscription cancel(@PathVariable String id, @RequestBody(required = false) SubscriptionCancellation body) {
        return subscriptions.cancel(
                CurrentAccount.id(), subscriptionId(id), body == null ? SubscriptionCancellation.NONE : body);
    }

    /** RFC 9457 with the refusal's reason (and the address still suppressed) as properties. */
    @ExceptionHandler(ReactivationRefusedException.class)
    ProblemDetail refused(ReactivationRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("reason", e.reason());
        if (e.address() != null) problem.setProperty("address", e.address());
        return problem;
    }

    private static UUID subscriptionId(String id) {
        return Ids.parseOrNotFound(id, "Agendamento");
    }
}
