package br.com.regua.rules;

import br.com.regua.shared.CurrentAccount;
import br.com.regua.shared.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payment-methods/{paymentMethodId}/rules")
@Tag(name = "Regras de envio", description = "Quando e por qual canal cada forma de cobrança avisa o cliente")
class SendingRulesController {

    record Items<T>(List<T> items, String next) {}

    private final SendingRules rules;

    SendingRulesController(SendingRules rules) {
        this.rules = rules;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Cria uma regra; o mesmo gatilho, dias e canal duas vezes é 409")
    SendingRule create(@PathVariable String paymentMethodId, @Valid @RequestBody SendingRuleData body) {
        return rules.create(CurrentAccount.id(), paymentMethodId(paymentMethodId), body);
    }

    @GetMapping
    Items<SendingRule> list(@PathVariable String paymentMethodId) {
        return new Items<>(rules.list(CurrentAccount.id(), paymentMethodId(paymentMethodId)), null);
    }

    @GetMapping("/{ruleId}")
    SendingRule get(@PathVariable String paymentMethodId, @PathVariable String ruleId) {
        return rules.get(CurrentAccount.id(), paymentMethodId(paymentMethodId), ruleId(ruleId));
    }

    @PutMapping("/{ruleId}")
    @Operation(summary = "Altera dias, canal, layout, anexo ou ativa/desativa; campos ausentes ficam como estão")
    SendingRule update(
            @PathVariable String paymentMethodId,
            @PathVariable String ruleId,
            @Valid @RequestBody SendingRuleChanges body) {
        return rules.update(CurrentAccount.id(), paymentMethodId(paymentMethodId), ruleId(ruleId), body);
    }

    @DeleteMapping("/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String paymentMethodId, @PathVariable String ruleId) {
        rules.delete(CurrentAccount.id(), paymentMethodId(paymentMethodId), ruleId(ruleId));
    }

    private static UUID paymentMethodId(String id) {
        return Ids.parseOrNotFound(id, "Forma de cobrança");
    }

    private static UUID ruleId(String id) {
        return Ids.parseOrNotFound(id, "Regra de envio");
    }
}
